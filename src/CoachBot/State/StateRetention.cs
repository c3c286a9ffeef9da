using CoachBot.Hosting;
using Microsoft.Extensions.Options;

namespace CoachBot.State;

/// <summary>
/// One retention pass over the store, run by the outbox worker: redelivery records past twice the redelivery
/// window, records and outbox items past their expiry, outbox items delivered longer ago than configured, and
/// dialog states left untouched for the retention period are deleted.
/// </summary>
internal sealed class StateRetention(IStateStore store, TimeProvider timeProvider, IOptions<CoachBotOptions> options)
{
    public async Task PurgeAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var settings = options.Value;
        await store.PurgeProcessedAsync(now - (2 * TimeSpan.FromMinutes(settings.RedeliveryWindowMinutes)), cancellationToken).ConfigureAwait(false);
        await store.PurgeExpiredRecordsAsync(now, cancellationToken).ConfigureAwait(false);
        await store.PurgeStaleDialogStateAsync(now.AddDays(-settings.StateRetentionDays), cancellationToken).ConfigureAwait(false);
        await store.PurgeDeliveredOutboxAsync(now.AddMinutes(-settings.DeliveredOutboxRetentionMinutes), cancellationToken).ConfigureAwait(false);
    }
}
