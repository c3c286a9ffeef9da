using CoachBot.Tests.Support;
using CoachBot.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Turns;

/// <summary>
/// A reply is sent by one sender only: the turn's own delivery and the outbox loop claim an item before sending it,
/// and a slow or throttling channel holds the channel's request no longer than the inline budget, after which the
/// loop delivers the reply, once. Time is a <see cref="FakeTimeProvider"/>; the channel is a <see cref="FakeConnector"/>
/// that can be held.
/// </summary>
public sealed class DeliveryOnceTests : IDisposable
{
    private const string AskName = "Hi! What's your name?";

    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 1, 15, 8, 30, 0, TimeSpan.Zero));
    private readonly BotHost _host;

    public DeliveryOnceTests()
    {
        _host = BotHost.Sqlite(_directory.File("delivery.db"));
        _host.Settings["Bot:Connector:MaxAttempts"] = "1";
        _host.Settings["CoachBot:OutboxPollSeconds"] = "3600";
        _host.Settings["CoachBot:InlineDeliverySeconds"] = "3";
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
