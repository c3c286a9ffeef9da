using System.Net;
using System.Text.Json.Nodes;
using CoachBot.Coaching.Content;
using CoachBot.Dialogs;
using CoachBot.Tests.Support;
using CoachBot.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Turns;

/// <summary>
/// When the turn's own code throws (a bug, not a store outage), the user is told honestly to try again and the
/// failure is recorded like any answer, so the channel's redelivery gets that answer instead of failing again.
/// </summary>
public sealed class TurnProcessorFailedTurnTests : IDisposable
{
    private const string TryAgain = "Sorry, something went wrong on my side, so I couldn't handle that. Please try again.";

    private readonly FailingEnricher _enricher = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 1, 15, 8, 30, 0, TimeSpan.Zero));
    private readonly BotHost _host;

    public TurnProcessorFailedTurnTests() => _host = new BotHost
    {
        Replace = services =>
        {
            services.AddSingleton<ITurnEnricher>(_enricher);
            services.AddSingleton<TimeProvider>(_time);
        },
    };

    [Fact]
    public async Task Process_TurnCodeThrows_UserIsAskedToTryAgain()
    {
        using var client = _host.NewChat();

        var replies = await client.SendAsync("boom");

        Assert.Equal(TryAgain, Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Process_TurnCodeThrowsInVietnamese_ApologisesInVietnamese()
    {
        using var client = new BotClient(_host.CreateClient(), _host.Connector) { Locale = "vi-VN" };

        var replies = await client.SendAsync("boom");

        Assert.Equal("Xin lỗi, bên em gặp lỗi nên chưa xử lý được. Bạn thử lại giúp em nhé.", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Process_FailedTurnRedelivered_SameAnswerWithoutRunningTheTurnAgain()
    {
        using var client = _host.NewChat();
        var boom = client.Message("boom");

        using var first = await client.PostAsync(boom.ToJson());
        using var again = await client.PostAsync(boom.ToJson());

        var firstBody = await first.Content.ReadAsStringAsync();
        var againBody = await again.Content.ReadAsStringAsync();
        Assert.True(first.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)first.StatusCode}: {firstBody[..Math.Min(firstBody.Length, 300)]}");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(firstBody), JsonNode.Parse(againBody)), $"{firstBody}\n!=\n{againBody}");
        Assert.Equal(1, _enricher.CallsFor(client.ConversationId));
    }

    [Fact]
    public async Task Process_FailedTurnWithNormalDeliveryRedelivered_ApologyReachesTheConnectorOnce()
    {
        using var client = _host.NewChat(expectReplies: false);
        var boom = client.Message("boom");

        await client.SendAsync(boom);
        await client.SendAsync(boom);

        Assert.Equal(TryAgain, Assert.Single(_host.Connector.DeliveredTo(client.ConversationId)).Message.Text);
    }

    [Fact]
    public async Task Process_FailedTurnRedeliveredAfterTheWindow_RunsAgain()
    {
        using var client = _host.NewChat();
        var boom = client.Message("boom");
        await client.SendAsync(boom);

        _time.Advance(TimeSpan.FromMinutes(11));
        var replies = await client.SendAsync(boom);

        Assert.Equal(TryAgain, Assert.Single(replies).Text);
        Assert.Equal(2, _enricher.CallsFor(client.ConversationId));
    }

    [Fact]
    public async Task Process_CardActionInvokeThrows_200WithTheApologyAsTheInvokeAnswer()
    {
        using var client = _host.NewChat(expectReplies: false);
        var invoke = client.Prepare(ActivityJson.Invoke("adaptiveCard/action", new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["data"] = new JsonObject { ["choice"] = "boom" } } }));

        using var response = await client.PostAsync(invoke.ToJson());

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}");
        var answer = JsonNode.Parse(body)!;
        Assert.Equal("application/vnd.microsoft.error", (string?)answer["type"]);
        Assert.Equal(TryAgain, (string?)answer["value"]?["message"]);
    }

    public void Dispose() => _host.Dispose();

    /// <summary>Stands in for a bug in turn code: throws on any turn that says or submits "boom".</summary>
    private sealed class FailingEnricher : ITurnEnricher
    {
        private readonly Dictionary<string, int> _calls = [];
        private readonly Lock _sync = new();

        public int CallsFor(string conversationId)
        {
            lock (_sync)
            {
                return _calls.GetValueOrDefault(conversationId);
            }
        }

        public IncomingTurn Enrich(IncomingTurn turn, ContentSet content)
        {
            lock (_sync)
            {
                _calls[turn.ConversationId] = _calls.GetValueOrDefault(turn.ConversationId) + 1;
            }

            return turn.Text == "boom" || ChoiceRecognizer.SubmittedChoice(turn.Value) == "boom"
                ? throw new InvalidOperationException("A bug in turn code.")
                : turn;
        }
    }
}
