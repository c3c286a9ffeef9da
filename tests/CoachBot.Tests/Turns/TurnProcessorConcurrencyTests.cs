using CoachBot.Tests.Support;

namespace CoachBot.Tests.Turns;

/// <summary>Turns arriving at once: none is lost within a conversation, and conversations do not wait on each other.</summary>
public sealed class TurnProcessorConcurrencyTests(SqliteBotFixture fixture) : IClassFixture<SqliteBotFixture>
{
    private const string PickOne = "Please pick one of the options.";
    private const string GiveUp = "Let's leave it there for now. Send any message to start again.";

    [Fact]
    public async Task Process_ConcurrentWrongAnswersOfOneUser_EveryTurnCountsOnce()
    {
        using var client = fixture.Host.NewChat();
        var chat = new Transcript(client);
        await chat.Says("hi").BotReplies("Hi! What's your name?");
        await chat.Says("Kim").BotAsks("Which team are you on?", "Front desk", "Sales", "Food & beverage");

        // The team question is asked again three times, and the fourth wrong answer ends the demo: that
        // count only comes out right if each turn saw the retry count the previous one stored.
        var answers = await Task.WhenAll(Enumerable.Range(1, 4).Select(i => client.SendAsync($"laundry {i}")));

        var texts = answers.SelectMany(replies => replies.Select(r => r.Text)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal([GiveUp, PickOne, PickOne, PickOne], texts);
        await chat.Says("hello").BotReplies("Hi! What's your name?");
    }

    [Fact]
    public async Task Process_ConcurrentAnswersInOneConversation_TheDialogContinuesFromBoth()
    {
        using var client = fixture.Host.NewChat();
        var chat = new Transcript(client);
        await chat.Says("hi").BotReplies("Hi! What's your name?");

        // Whichever runs first is the name; the other then meets the team question.
        var replies = await Task.WhenAll(client.SendAsync("Lan"), client.SendAsync("Sales"));

        var texts = replies.SelectMany(r => r.Select(m => m.Text)).ToList();
        Assert.Contains("Which team are you on?", texts);
        Assert.True(
            texts.Contains("So you are Lan from Sales. Is that right?") || texts.Contains(PickOne),
            $"The second turn did not see the first one's state: {string.Join(" | ", texts)}");
    }

    [Fact]
    public async Task Process_ManyConversationsInParallel_EachCompletesItsDemo()
    {
        var names = new[] { "Mai", "Ngoc", "Oscar", "Phuong", "Quan", "Rita" };

        var finals = await Task.WhenAll(names.Select(async name =>
        {
            using var client = fixture.Host.NewChat();
            await client.SendAsync("hi");
            await client.SendAsync(name);
            await client.SendAsync("Front desk");
            return await client.SendAsync("yes");
        }));

        Assert.Equal(
            names.Select(n => $"Great, {n}! You're all set. Type help to see what I can do."),
            finals.Select(f => Assert.Single(f).Text));
    }
}
