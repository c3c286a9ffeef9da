using CoachBot.Diagnostics;
using CoachBot.Hosting;
using CoachBot.State;
using Microsoft.Extensions.Options;

namespace CoachBot.Outbox;

/// <summary>
/// Delivers outbox items: right after a turn commits, and again on a timer for whatever failed, with
/// exponential backoff. An item that keeps failing is kept, marked dead, and logged — never dropped silently.
/// </summary>
internal sealed partial class OutboxDispatcher(
    IStateStore store,
    IEnumerable<IOutboxHandler> handlers,
    IReplySender sender,
    TimeProvider timeProvider,
    IOptions<CoachBotOptions> options,
    CoachBotMetrics metrics,
    ILogger<OutboxDispatcher> logger)
{
    private readonly Dictionary<string, IOutboxHandler> _handlers = handlers.ToDictionary(h => h.Kind, StringComparer.Ordinal);

    /// <summary>
    /// Delivers the items just committed, in order, within the inline budget (the channel's request waits for it);
    /// stops at the first item it cannot send so replies keep their order. What is left, or is still being retried
    /// when the budget runs out, the background loop delivers.
    /// </summary>
    public async Task DeliverNowAsync(IReadOnlyList<OutboxItem> items, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(options.Value.InlineDeliverySeconds), timeProvider);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        foreach (var item in items)
        {
            if (!await TryDeliverAsync(item, budget.Token, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    /// <summary>Delivers whatever is due; called by the background loop.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var due = await store.GetDueOutboxAsync(now, 50, cancellationToken).ConfigureAwait(false);
        metrics.OutboxBacklog(due.Count, due.Count > 0 ? now - due.Min(i => i.CreatedAt) : TimeSpan.Zero);
        var blocked = new HashSet<string>(StringComparer.Ordinal);
        var delivered = 0;
        foreach (var item in due)
        {
            // Once one item of a conversation fails, the later ones wait, so the user reads them in order.
            if (blocked.Contains(item.ConversationId))
            {
                continue;
            }

            if (await TryDeliverAsync(item, cancellationToken, cancellationToken).ConfigureAwait(false))
            {
                delivered++;
            }
            else
            {
                blocked.Add(item.ConversationId);
            }
        }

        return delivered;
    }

    /// <summary>Sends without storing, for the one message that cannot be stored: "my memory is down".</summary>
    public async Task TrySendDirectAsync(ReplyEnvelope envelope, CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(envelope, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Best effort: the store is already down, and this must not mask that.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogDirectFailed(logger, ex, envelope.ConversationId);
        }
    }

    /// <summary>
    /// Claims the item, then sends it with <paramref name="sending"/> (the inline budget, or the loop's token);
    /// the store is written with <paramref name="cancellationToken"/>, so a send cut short by the budget still
    /// hands the item back to the loop. False when it was not delivered now.
    /// </summary>
    private async Task<bool> TryDeliverAsync(OutboxItem item, CancellationToken sending, CancellationToken cancellationToken)
    {
        using var span = CoachBotTracing.StartDelivery(item.Id, item.Kind, item.Attempts);
        var now = timeProvider.GetUtcNow();
        if (!await store.TryClaimOutboxAsync(item.Id, now, now.AddSeconds(options.Value.OutboxLeaseSeconds), cancellationToken).ConfigureAwait(false))
        {
            // Another sender holds it (the loop, or the inline delivery of its turn): it is theirs to send.
            LogClaimedElsewhere(logger, item.Id, item.ConversationId);
            span.Outcome("claimed_elsewhere");
            return false;
        }

        if (!_handlers.TryGetValue(item.Kind, out var handler))
        {
            span.Failed("no_handler");
            LogNoHandler(logger, item.Id, item.Kind);
            await store.MarkOutboxFailedAsync(item.Id, $"no handler for {item.Kind}", null, cancellationToken).ConfigureAwait(false);
            return false;
        }

        try
        {
            await handler.HandleAsync(item, sending).ConfigureAwait(false);
            await store.MarkOutboxDeliveredAsync(item.Id, cancellationToken).ConfigureAwait(false);
            span.Outcome("delivered");
            return true;
        }
        catch (OperationCanceledException) when (sending.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // The inline budget ran out (a throttled or slow channel): the loop takes over after the usual backoff.
            await store.MarkOutboxFailedAsync(item.Id, "inline delivery took too long", timeProvider.GetUtcNow() + Backoff(item.Attempts + 1), cancellationToken).ConfigureAwait(false);
            LogHandedToLoop(logger, item.Id, item.ConversationId, options.Value.InlineDeliverySeconds);
            span.Outcome("handed_to_loop");
            return false;
        }
        catch (Exception ex) when (ex is OutboxDeliveryException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            var attempts = item.Attempts + 1;
            var permanent = ex is OutboxDeliveryException { Permanent: true };
            DateTimeOffset? retryAt = permanent || attempts >= options.Value.OutboxMaxAttempts
                ? null
                : timeProvider.GetUtcNow() + Wait(attempts, ex);
            await store.MarkOutboxFailedAsync(item.Id, ex.GetType().Name, retryAt, cancellationToken).ConfigureAwait(false);
            span.Outcome(retryAt is null ? "dead" : "retry");
            span.Failed(ex.GetType().Name);
            if (retryAt is null)
            {
                LogDead(logger, ex, item.Id, item.Kind, item.ConversationId, attempts);
            }
            else
            {
                LogRetry(logger, item.Id, item.Kind, item.ConversationId, attempts, retryAt.Value);
            }

            return false;
        }
    }

    private static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, attempts)));

    /// <summary>Our backoff, but never sooner than a throttling channel asked (Teams counts early retries against us).</summary>
    private static TimeSpan Wait(int attempts, Exception failure) =>
        failure is OutboxDeliveryException { RetryAfter: { } requested } && requested > Backoff(attempts) ? requested : Backoff(attempts);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Outbox item {ItemId} ({Kind}) for {ConversationId} failed attempt {Attempts}; retrying at {RetryAt:o}")]
    private static partial void LogRetry(ILogger logger, long itemId, string kind, string conversationId, int attempts, DateTimeOffset retryAt);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "Outbox item {ItemId} ({Kind}) for {ConversationId} gave up after {Attempts} attempts; it stays stored as failed")]
    private static partial void LogDead(ILogger logger, Exception exception, long itemId, string kind, string conversationId, int attempts);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "Outbox item {ItemId} has kind {Kind} that nothing delivers")]
    private static partial void LogNoHandler(ILogger logger, long itemId, string kind);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Debug, Message = "Outbox item {ItemId} for {ConversationId} is being sent by another sender")]
    private static partial void LogClaimedElsewhere(ILogger logger, long itemId, string conversationId);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "Outbox item {ItemId} for {ConversationId} was not sent within {Seconds} s of its turn; the outbox loop delivers it")]
    private static partial void LogHandedToLoop(ILogger logger, long itemId, string conversationId, int seconds);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Could not tell {ConversationId} that the store is down")]
    private static partial void LogDirectFailed(ILogger logger, Exception exception, string conversationId);
}
