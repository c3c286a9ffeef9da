using System.Net;
using CoachBot.Tests.Support;

namespace CoachBot.Tests.State.Postgres;

/// <summary>
/// Two bot instances on one PostgreSQL database, through the real endpoint (issue 15, point 2): a conversation begun
/// on one goes on on the other; an activity redelivered to the other instance gets the original answer and changes
/// nothing; turns of one conversation sent to both at once each get their answer and none is lost.
/// </summary>
public sealed class PostgresInstancesTests : IAsyncLifetime, IDisposable
{
    private BotHost _first = null!;
    private BotHost _second = null!;

    public async Task InitializeAsync()
    {
        var database = await PostgresServer.CreateDatabaseAsync();
        _first = BotHost.Postgres(database);
        _second = BotHost.Postgres(database);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
    }

    [Fact]
    public async Task Conversation_BegunOnOneInstance_GoesOnOnTheOther()
    {
        using var onFirst = _first.NewChat();
        using var onSecond = new BotClient(_second.CreateClient(), _second.Connector) { ConversationId = onFirst.ConversationId };

        var asked = await onFirst.SendAsync("hi");
        var team = await onSecond.SendAsync("Alice");
        var confirm = await onFirst.SendAsync("Sales");

        Assert.Equal("Hi! What's your name?", Assert.Single(asked).Text);
        Assert.Equal("Which team are you on?", Assert.Single(team).Text);
        Assert.Equal("So you are Alice from Sales. Is that right?", Assert.Single(confirm).Text);
    }

    [Fact]
    public async Task Redelivery_ToTheOtherInstance_GetsTheOriginalAnswerAndChangesNothing()
    {
        using var onFirst = _first.NewChat();
        using var onSecond = new BotClient(_second.CreateClient(), _second.Connector) { ConversationId = onFirst.ConversationId };
        await onFirst.SendAsync("hi");
        var name = onFirst.Message("Bao");

        var original = await onFirst.SendAsync(name);
        var redelivered = await onSecond.SendAsync(name);
        var next = await onSecond.SendAsync("Front desk");

        Assert.Equal(Assert.Single(original).Text, Assert.Single(redelivered).Text);
        Assert.Equal("So you are Bao from Front desk. Is that right?", Assert.Single(next).Text);
    }

    [Fact]
    public async Task Turns_OfOneConversationOnBothInstancesAtOnce_EachAnsweredAndNoneLost()
    {
        using var onFirst = _first.NewChat();
        using var onSecond = new BotClient(_second.CreateClient(), _second.Connector) { ConversationId = onFirst.ConversationId };
        await onFirst.SendAsync("hi");

        // Names said at once on both instances: each turn is answered (200), and the dialog moved on exactly once per
        // turn that was not an echo of a lost update: the state ends at the team question or after it, never behind it.
        var turns = Enumerable.Range(0, 6).Select(i => (i % 2 == 0 ? onFirst : onSecond).PostAsync(onFirst.Message($"Name{i}").ToJson())).ToList();
        var responses = await Task.WhenAll(turns);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var texts = new List<string>();
        foreach (var response in responses)
        {
            texts.AddRange(BotClient.RepliesIn(await response.Content.ReadAsStringAsync()).Select(m => m.Text ?? string.Empty));
            response.Dispose();
        }

        // One turn took the name; each later one is an answer to the question it found, in order.
        Assert.Single(texts, t => t == "Which team are you on?");
        Assert.DoesNotContain(texts, t => t.Contains("try again", StringComparison.OrdinalIgnoreCase));
    }
}
