using System.Net;
using CoachBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Turns;

/// <summary>The background loop delivers a kept reply by itself once the Connector is back; no new message needed.</summary>
public sealed class OutboxWorkerTests
{
    [Fact]
    public async Task Worker_ConnectorRecoveredAndPollDue_DeliversTheKeptReply()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 1, 15, 8, 30, 0, TimeSpan.Zero));
        using var host = new BotHost
        {
            Settings = { ["Bot:Connector:MaxAttempts"] = "1", ["CoachBot:OutboxPollSeconds"] = "5" },
            Replace = services => services.AddSingleton<TimeProvider>(time),
        };
        using var client = host.NewChat(expectReplies: false);
        host.Connector.FailWith(HttpStatusCode.ServiceUnavailable);
        var hi = client.Message("hi");
        Assert.Empty(await client.SendAsync(hi));

        host.Connector.Recover();
        time.Advance(TimeSpan.FromSeconds(5));

        // The loop runs on its own thread: wait for it (generously), then check what the user got.
        for (var wait = 0; wait < 200 && client.RepliesTo(hi).Count == 0; wait++)
        {
            await Task.Delay(50);
        }

        Assert.Equal("Hi! What's your name?", Assert.Single(client.RepliesTo(hi)).Text);
    }
}
