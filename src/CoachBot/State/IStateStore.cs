namespace CoachBot.State;

/// <summary>
/// Durable state behind one interface: dialog state per (conversation, user) with an ETag, the
/// activities already processed (for redelivery), conversation references for proactive messages, and
/// an outbox of replies and side effects. A turn's writes are committed together by <see cref="CommitTurnAsync"/>.
/// </summary>
public interface IStateStore : ITrainingStore
{
    /// <summary>Creates the schema if needed. Called once at start-up.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    Task<StoredState?> GetDialogStateAsync(StateKey key, CancellationToken cancellationToken);

    /// <summary>The response recorded for an activity already processed, or null if it is new.</summary>
    Task<ProcessedActivity?> GetProcessedActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary>
    /// Commits the dialog state (only if its ETag still matches), the processed-activity record, the
    /// conversation reference and the outbox items, all or nothing.
    /// </summary>
    /// <exception cref="StateConflictException">Another writer changed the state since it was read.</exception>
    Task<CommitResult> CommitTurnAsync(TurnCommit commit, CancellationToken cancellationToken);

    Task<ConversationRecord?> GetConversationAsync(string conversationId, CancellationToken cancellationToken);

    Task DeleteConversationAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Outbox items due for delivery at <paramref name="now"/>, oldest first; an item waits while an earlier
    /// item of its kind and conversation waits for a retry or is being sent, so the user reads replies in the order
    /// they were sent (a failed side effect, such as the desk's escalation card, holds up no reply); an item claimed by
    /// a sender whose lease has not run out is not due.
    /// </summary>
    Task<IReadOnlyList<OutboxItem>> GetDueOutboxAsync(DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>
    /// Claims an undelivered item for one sender until <paramref name="leaseUntil"/>, so the turn's inline delivery
    /// and the background loop never both send it. False when it is delivered, claimed by a sender whose lease has
    /// not run out (one that died loses its claim when the lease does), or when an earlier item of its kind and
    /// conversation waits for a retry or is being sent: a new turn's reply must not overtake one still to arrive; nor while a
    /// later item of its kind and conversation is being sent: one sender at a time per kind and conversation, so a channel
    /// quiz's steps never run side by side. Marking it delivered or failed ends the claim.
    /// </summary>
    Task<bool> TryClaimOutboxAsync(long id, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    Task MarkOutboxDeliveredAsync(long id, CancellationToken cancellationToken);

    Task MarkOutboxFailedAsync(long id, string reason, DateTimeOffset? retryAt, CancellationToken cancellationToken);

    /// <summary>Adds an outbox item outside a turn (for example a reminder scheduled by a handler).</summary>
    Task<long> EnqueueOutboxAsync(string conversationId, NewOutboxItem item, CancellationToken cancellationToken);

    /// <summary>A small named record (the duty desk, an escalation's status …), or null.</summary>
    Task<string?> GetRecordAsync(string key, CancellationToken cancellationToken);

    /// <summary>Creates or replaces a small named record.</summary>
    Task SetRecordAsync(string key, string json, CancellationToken cancellationToken);

    /// <summary>
    /// Creates or replaces a record that belongs to <paramref name="userId"/> (a saved call note, a feedback vote, an
    /// escalation): "forget my data" deletes it, and so does the retention purge once <paramref name="expiresAt"/> has
    /// passed. A null <paramref name="userId"/> makes it nobody's (an escalation whose staffer was forgotten) while it
    /// still expires.
    /// </summary>
    Task SetUserRecordAsync(string? userId, string key, string json, DateTimeOffset? expiresAt, CancellationToken cancellationToken);

    /// <summary>Records whose key starts with <paramref name="prefix"/>, for a user's own data.</summary>
    Task<IReadOnlyList<string>> GetRecordsAsync(string prefix, CancellationToken cancellationToken);

    /// <summary>
    /// "Forget my data": deletes the user's dialog state in every conversation, their records (owned, or under
    /// <c>user:{id}:…</c>), their outbox items (delivered, failed or waiting) and the answers recorded for redelivery
    /// of their turns (the record that the activity was processed stays, without its answer, so a redelivery repeats
    /// nothing). Waiting items of <paramref name="keptPendingKinds"/> (an escalation someone else must still get) are
    /// kept, no longer linked to the user. A conversation reference that names the user keeps only their id (the
    /// chat's address), not their name. Deleted bytes do not stay behind in the store's files.
    /// </summary>
    Task DeleteUserDataAsync(string userId, IReadOnlyCollection<string> keptPendingKinds, CancellationToken cancellationToken);

    /// <summary>Deletes dialog states not touched since <paramref name="olderThan"/>: a half-finished conversation is not kept forever.</summary>
    Task PurgeStaleDialogStateAsync(DateTimeOffset olderThan, CancellationToken cancellationToken);

    /// <summary>Deletes records and outbox items whose expiry has passed (a call note past its retention, in every copy).</summary>
    Task PurgeExpiredRecordsAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Deletes processed-activity records older than <paramref name="olderThan"/>.</summary>
    Task PurgeProcessedAsync(DateTimeOffset olderThan, CancellationToken cancellationToken);

    /// <summary>Deletes outbox items delivered before <paramref name="deliveredBefore"/>; items not yet delivered are kept.</summary>
    Task PurgeDeliveredOutboxAsync(DateTimeOffset deliveredBefore, CancellationToken cancellationToken);
}
