using CoachBot.Hosting;
using CoachBot.State;
using Microsoft.Extensions.Options;

namespace CoachBot.Turns;

/// <summary>The background loop that retries undelivered outbox items and purges old redelivery records.</summary>
internal sealed partial class OutboxWorker(
    OutboxDispatcher dispatcher,
    IStateStore store,
    TimeProvider timeProvider,
    IOptions<CoachBotOptions> options,
    ILogger<OutboxWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.OutboxPollSeconds), timeProvider);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await dispatcher.DeliverDueAsync(stoppingToken).ConfigureAwait(false);
                var window = TimeSpan.FromMinutes(options.Value.RedeliveryWindowMinutes);
                await store.PurgeProcessedAsync(timeProvider.GetUtcNow() - (2 * window), stoppingToken).ConfigureAwait(false);
                await store.PurgeExpiredRecordsAsync(timeProvider.GetUtcNow(), stoppingToken).ConfigureAwait(false);
                await store.PurgeStaleDialogStateAsync(timeProvider.GetUtcNow().AddDays(-options.Value.StateRetentionDays), stoppingToken).ConfigureAwait(false);
            }
            catch (StateStoreUnavailableException ex)
            {
                LogStoreDown(logger, ex);
            }
        }
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "Outbox pass skipped: the state store is unavailable")]
    private static partial void LogStoreDown(ILogger logger, Exception exception);
}
