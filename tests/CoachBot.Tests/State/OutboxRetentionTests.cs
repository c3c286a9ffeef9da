using System.Net;
using CoachBot.Effects;
using CoachBot.Outbox;
using CoachBot.State;
using CoachBot.Tests.Effects;
using CoachBot.Tests.Escalations;
using CoachBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.State;

/// <summary>
/// What the outbox keeps after delivery, over the real endpoint and the SQLite store: delivered items only for a
/// short configured time, items still to be delivered until they are, and a call note in no copy past its retention.
/// </summary>
public sealed class OutboxRetentionTests
{
    private const string Marker = "Wombat-5512";

    [Fact]
    public async Task Purge_DeliveredItemsPastTheConfiguredTime_DeletedAndUndeliveredKept()
    {
        using var hotel = new EscalationHarness("Sqlite");
        hotel.Host.Settings["CoachBot:DeliveredOutboxRetentionMinutes"] = "30";
        using var rep = new SalesRep(hotel);
        var database = hotel.Host.Settings["State:Sqlite:Path"]!;
        await rep.SaysAsync("The client says our price is too high", expectReplies: false);
        // The Connector stays down, so the answer to "why" is still waiting when the purge runs.
        hotel.Connector.FailWith(HttpStatusCode.ServiceUnavailable);
        await rep.SaysAsync("why", expectReplies: false);
        Assert.True(await StoredCopies.CountAsync(database, "SELECT count(*) FROM outbox WHERE delivered = 1") > 0);

        hotel.Time.Advance(TimeSpan.FromMinutes(31));
        await PurgeAsync(hotel);

        var delivered = await StoredCopies.CountAsync(database, "SELECT count(*) FROM outbox WHERE delivered = 1");
        Assert.True(delivered == 0, $"{delivered} delivered outbox items are still stored 31 minutes after delivery (configured: 30)");
        Assert.Equal(1, await StoredCopies.CountAsync(database, "SELECT count(*) FROM outbox WHERE delivered = 0"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Purge_PastTheNotesRetention_NoCopyOfTheNoteRemains(bool noteSaved)
    {
        using var hotel = new EscalationHarness("Sqlite");
        if (!noteSaved)
        {
            // The note cannot be saved (its item stays in the outbox, failed): that copy must expire too.
            var configure = hotel.Host.Replace;
            hotel.Host.Replace = services =>
            {
                configure?.Invoke(services);
                services.Remove(services.Single(d => d.ImplementationType == typeof(CallNoteOutboxHandler)));
                services.AddSingleton<IOutboxHandler>(new FailingHandler("call-note"));
            };
        }

        using var rep = new SalesRep(hotel);
        var database = hotel.Host.Settings["State:Sqlite:Path"]!;
        await rep.SavesCallNoteAsync($"{Marker} asked for the corporate rate");
        Assert.NotEmpty(await StoredCopies.InTablesAsync(database, Marker));
        Assert.NotEmpty(StoredCopies.InFiles(database, Marker));

        hotel.Time.Advance(TimeSpan.FromDays(89));
        await PurgeAsync(hotel);
        Assert.Equal(noteSaved ? 1 : 0, (await hotel.Store.GetRecordsAsync(UserRecordKeys.Prefix(rep.UserId), default)).Count);
        hotel.Time.Advance(TimeSpan.FromDays(1));
        await PurgeAsync(hotel);

        IReadOnlyList<string> copies = [.. await StoredCopies.InTablesAsync(database, Marker), .. StoredCopies.InFiles(database, Marker)];
        Assert.True(copies.Count == 0, $"The note is still stored in:\n{string.Join('\n', copies)}");
    }

    /// <summary>One pass of the background loop: deliveries, then the retention purge.</summary>
    private static async Task PurgeAsync(EscalationHarness hotel)
    {
        await hotel.Dispatcher.DeliverDueAsync(default);
        await hotel.Host.Services.GetRequiredService<StateRetention>().PurgeAsync(default);
    }

    private sealed class FailingHandler(string kind) : IOutboxHandler
    {
        public string Kind => kind;

        public Task HandleAsync(OutboxItem item, CancellationToken cancellationToken) =>
            throw new OutboxDeliveryException("The store of notes refused it.", permanent: true);
    }
}
