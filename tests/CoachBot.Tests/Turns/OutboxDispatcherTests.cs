using System.Net;
using CoachBot.Outbox;
using CoachBot.State;
using CoachBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Turns;

/// <summary>
/// A reply the Connector would not take is kept and delivered later, never lost; a conversation that is gone
/// is not retried. A reply is sent by one sender only: the turn's own delivery and the outbox loop claim an item
/// before sending it, and a slow channel holds the channel's request no longer than the inline budget (3 s by
/// default), after which the loop delivers the reply, once. Time is a <see cref="FakeTimeProvider"/>, and the
/// Connector client makes one attempt per call, so each retry here is the outbox's own.
/// </summary>
public sealed class OutboxDispatcherTests : IDisposable
{
    private const string AskName = "Hi! What's your name?";

    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 1, 15, 8, 30, 0, TimeSpan.Zero));
    private readonly BotHost _host;

    public OutboxDispatcherTests()
    {
        _host = BotHost.Sqlite(_directory.File("outbox.db"));
        _host.Settings["Bot:Connector:MaxAttempts"] = "1";
        _host.Settings["CoachBot:OutboxPollSeconds"] = "3600";
        _host.Replace = services =>
        {
            services.AddSingleton<TimeProvider>(_time);

            // The loop's passes are the test's own, so each one is seen.
            services.Remove(services.Single(d => d.ImplementationType == typeof(OutboxWorker)));
        };
    }

    private FakeConnector Connector => _host.Connector;

    private OutboxDispatcher Dispatcher => _host.Services.GetRequiredService<OutboxDispatcher>();

    [Fact]
    public async Task DeliverDue_ThrottledWithLongRetryAfter_WaitsAsLongAsTheChannelAsked()
    {
        using var client = _host.NewChat(expectReplies: false);
        Connector.FailWith(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromMinutes(2));
        var hi = client.Message("hi");
        await client.SendAsync(hi);
        Connector.Recover();

        // Our own backoff after one failure is a few seconds; Teams asked for two minutes.
        _time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(0, await Dispatcher.DeliverDueAsync(default));
        _time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await Dispatcher.DeliverDueAsync(default));

        Assert.Equal(AskName, Assert.Single(client.RepliesTo(hi)).Text);
    }

    [Fact]
    public async Task DeliverDue_PayloadThatIsNotItsRecord_KeptAsFailedNotRetriedAndTheLoopGoesOn()
    {
        var store = _host.Services.GetRequiredService<IStateStore>();
        var broken = await store.EnqueueOutboxAsync("conv-x", new NewOutboxItem("feedback", "[1, 2]"), default);

        Assert.Equal(0, await Dispatcher.DeliverDueAsync(default)); // no exception out of the loop's pass
        _time.Advance(TimeSpan.FromHours(1));

        Assert.DoesNotContain(await store.GetDueOutboxAsync(_time.GetUtcNow(), 10, default), i => i.Id == broken);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.BadGateway)]
    public async Task DeliverDue_ConnectorFailedThenRecovered_ReplyArrivesOnce(HttpStatusCode failure)
    {
        using var client = _host.NewChat(expectReplies: false);
        Connector.FailWith(failure, retryAfter: TimeSpan.FromSeconds(1));
        var hi = client.Message("hi");

        var replies = await client.SendAsync(hi);

        Assert.Empty(replies);
        Assert.Single(Connector.Calls);
        var kept = await _host.Services.GetRequiredService<IStateStore>().GetDueOutboxAsync(_time.GetUtcNow().AddHours(1), 10, default);
        Assert.Contains(AskName, Assert.Single(kept).PayloadJson, StringComparison.Ordinal);

        Connector.Recover();
        Assert.Equal(0, await Dispatcher.DeliverDueAsync(default));
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await Dispatcher.DeliverDueAsync(default));
        Assert.Equal(0, await Dispatcher.DeliverDueAsync(default));

        Assert.Equal(AskName, Assert.Single(client.RepliesTo(hi)).Text);
        Assert.Single(Connector.Delivered);
    }

    [Fact]
    public async Task DeliverDue_ConnectorDownForEveryAttempt_TheReplyIsKeptNotLost()
    {
        using var client = _host.NewChat(expectReplies: false);
        Connector.FailWith(HttpStatusCode.ServiceUnavailable);
        var hi = client.Message("hi");
        await client.SendAsync(hi);

        for (var pass = 0; pass < 5; pass++)
        {
            _time.Advance(TimeSpan.FromMinutes(10));
            await Dispatcher.DeliverDueAsync(default);
        }

        Connector.Recover();
        _time.Advance(TimeSpan.FromMinutes(10));
        await Dispatcher.DeliverDueAsync(default);

        Assert.Equal(7, Connector.Calls.Count);
        Assert.Equal(AskName, Assert.Single(client.RepliesTo(hi)).Text);
    }

    [Fact]
    public async Task DeliverDue_RepliesQueuedBehindAFailure_ArriveInTheOrderTheyWereSent()
    {
        using var client = _host.NewChat(expectReplies: false);
        await client.SendAsync("hi");
        await client.SendAsync("Wen");
        await client.SendAsync("Sales");
        Connector.FailWith(HttpStatusCode.ServiceUnavailable);
        var no = client.Message("no");
        await client.SendAsync(no);

        // The background loop may come round before the failed reply's retry time, while the reply after it is due.
        Connector.Recover();
        await Dispatcher.DeliverDueAsync(default);
        _time.Advance(TimeSpan.FromMinutes(1));
        await Dispatcher.DeliverDueAsync(default);

        Assert.Equal(["No problem, let's start again.", AskName], client.RepliesTo(no).Select(r => r.Text));
    }

    [Fact]
    public async Task NewTurnWhileAnEarlierReplyAwaitsItsRetry_TheNewReplyWaitsBehindIt()
    {
        using var client = _host.NewChat(expectReplies: false);
        await client.SendAsync("hi");
        Connector.FailWith(HttpStatusCode.ServiceUnavailable);
        var wen = client.Message("Wen");
        await client.SendAsync(wen);
        Connector.Recover();

        // The user goes on while the failed reply waits for its retry: the new turn's own delivery must not overtake it.
        var sales = client.Message("Sales");
        await client.SendAsync(sales);
        Assert.Empty(client.RepliesTo(sales));

        _time.Advance(TimeSpan.FromMinutes(1));
        await Dispatcher.DeliverDueAsync(default);

        var delivered = Connector.DeliveredTo(client.ConversationId).Select(c => (string?)c.Body?["replyToId"]).ToList();
        Assert.Single(client.RepliesTo(wen));
        Assert.NotEmpty(client.RepliesTo(sales));
        Assert.True(delivered.IndexOf(wen.Id) < delivered.IndexOf(sales.Id), "the earlier reply arrives first");
    }

    [Fact]
    public async Task DeliverDue_ConversationNotFound_IsNotRetriedAndTheConversationIsForgotten()
    {
        using var client = _host.NewChat(expectReplies: false);
        Connector.FailWith(HttpStatusCode.NotFound, "ConversationNotFound");

        using var response = await client.PostAsync(client.Message("hi").ToJson());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Connector.Recover();
        _time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await Dispatcher.DeliverDueAsync(default));
        Assert.Single(Connector.Calls);
        Assert.Null(await _host.Services.GetRequiredService<IStateStore>().GetConversationAsync(client.ConversationId, default));
    }

    [Fact]
    public async Task InlineDeliveryStillSending_ALoopPass_DoesNotSendTheSameReplyAgain()
    {
        using var client = _host.NewChat(expectReplies: false);
        var channel = Connector.Hold();
        var hi = client.Message("hi");
        var turn = client.SendAsync(hi);
        await Connector.WaitForCallsAsync(1);

        // The loop wakes while the turn's own delivery is still waiting for the channel.
        Assert.Equal(0, await Dispatcher.DeliverDueAsync(default));
        channel.SetResult();
        await turn;

        Assert.Single(Connector.Calls);
        Assert.Equal(AskName, Assert.Single(client.RepliesTo(hi)).Text);
    }

    [Fact]
    public async Task ChannelSlowerThanTheInlineBudget_RequestAnsweredThenTheLoopDeliversTheReplyOnce()
    {
        using var client = _host.NewChat(expectReplies: false);
        var channel = Connector.Hold();
        var hi = client.Message("hi");
        var turn = client.SendAsync(hi);
        await Connector.WaitForCallsAsync(1);

        _time.Advance(TimeSpan.FromSeconds(3));
        await turn.WaitAsync(TimeSpan.FromSeconds(10)); // answered: the channel's request does not wait for the reply
        Assert.Empty(client.RepliesTo(hi));

        channel.SetResult();
        Assert.Equal(0, await Dispatcher.DeliverDueAsync(default)); // handed to the loop with a backoff, not at once
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(1, await Dispatcher.DeliverDueAsync(default));
        Assert.Equal(0, await Dispatcher.DeliverDueAsync(default));

        Assert.Equal(AskName, Assert.Single(client.RepliesTo(hi)).Text);
    }

    public void Dispose()
    {
        _host.Dispose();
        _directory.Dispose();
    }
}
