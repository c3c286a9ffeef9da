using CoachBot.Diagnostics;
using CoachBot.Hosting;
using CoachBot.State;
using Microsoft.Extensions.Options;

namespace CoachBot.Outbox;

/// <summary>The background loop that retries undelivered outbox items, then runs a <see cref="StateRetention"/> pass.</summary>
internal sealed partial class OutboxWorker(
    OutboxDispatcher dispatcher,
    StateRetention retention,
    TimeProvider timeProvider,
    IOptions<CoachBotOptions> options,
    CoachBotMetrics metrics,
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
                await retention.PurgeAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (StateStoreUnavailableException ex)
            {
                metrics.StoreError("outbox");
                LogStoreDown(logger, ex);
            }
        }
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "Outbox pass skipped: the state store is unavailable")]
    private static partial void LogStoreDown(ILogger logger, Exception exception);
}
