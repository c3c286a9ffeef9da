using System.Collections.Concurrent;
using CoachBot.Escalations;
using CoachBot.Outbox;
using CoachBot.State;
using CoachBot.State.Postgres;
using CoachBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.State.Postgres;

/// <summary>
/// Escalation reminders fire once group-wide (issue 15, point 2): two bot instances on one PostgreSQL database, each
/// with its outbox loop running, share the due reminders; every reminder is sent by exactly one of them, and a
/// conversation's reminders in the order they were due.
/// </summary>
public sealed class PostgresGroupWideTests : IAsyncLifetime, IDisposable
{
    private const int Conversations = 6;
    private const int RemindersEach = 5;

    private readonly ConcurrentQueue<(string Instance, OutboxItem Item)> _sent = new();
    private string _database = null!;
    private BotHost _first = null!;
    private BotHost _second = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresServer.CreateDatabaseAsync();
        _first = Instance("first");
        _second = Instance("second");

        // Started (and the schema applied) before anything is due.
        _first.CreateClient().Dispose();
        _second.CreateClient().Dispose();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
    }

    [Fact]
    public async Task DueReminders_TwoInstancesPolling_EachSentOnceAndInOrder()
    {
        using (var store = new PostgresStateStore(_database, TimeProvider.System))
        {
            for (var i = 0; i < RemindersEach; i++)
            {
                for (var c = 0; c < Conversations; c++)
                {
                    await store.EnqueueOutboxAsync($"a:duty-desk-{c}", new NewOutboxItem(EscalationReminder.OutboxKind, "{}"), default);
                }
            }
        }

        // Bounded: both loops poll every second; then a few more polls, in which nothing may be sent again.
        for (var i = 0; i < 300 && _sent.Count < Conversations * RemindersEach; i++)
        {
            await Task.Delay(100);
        }

        await Task.Delay(TimeSpan.FromSeconds(3));

        var sent = _sent.ToList();
        Assert.Equal(Conversations * RemindersEach, sent.Count);
        Assert.Equal(sent.Count, sent.Select(s => s.Item.Id).Distinct().Count());
        Assert.All(sent.GroupBy(s => s.Item.ConversationId), conversation => Assert.Equal(conversation.Select(s => s.Item.Id).Order(), conversation.Select(s => s.Item.Id)));
        Assert.Equal(2, sent.Select(s => s.Instance).Distinct().Count()); // both took part, so the race was real
    }

    private BotHost Instance(string name)
    {
        var host = BotHost.Postgres(_database);
        host.Settings["CoachBot:OutboxPollSeconds"] = "1";
        host.Replace = services =>
        {
            services.Remove(services.Single(d => d.ServiceType == typeof(IOutboxHandler) && d.ImplementationType == typeof(EscalationReminderHandler)));
            services.AddSingleton<IOutboxHandler>(new RecordingHandler(name, _sent));
        };
        return host;
    }

    // Sending takes a moment, as a call to the Connector does: 30 of them outlast a poll interval, so both loops take part.
    private sealed class RecordingHandler(string instance, ConcurrentQueue<(string, OutboxItem)> sent) : IOutboxHandler
    {
        public string Kind => EscalationReminder.OutboxKind;

        public async Task HandleAsync(OutboxItem item, CancellationToken cancellationToken)
        {
            sent.Enqueue((instance, item));
            await Task.Delay(100, cancellationToken);
        }
    }
}
