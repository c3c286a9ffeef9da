namespace CoachBot.State;

/// <summary>
/// Durable state behind one interface: dialog state per (conversation, user) with an ETag, the
/// activities already processed (for redelivery), conversation references for proactive messages, and
/// an outbox of replies and side effects. A turn's writes are committed together by <see cref="CommitTurnAsync"/>.
/// </summary>
public interface IStateStore
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
    /// item of its conversation waits for a retry, so the user reads replies in the order they were sent.
    /// </summary>
    Task<IReadOnlyList<OutboxItem>> GetDueOutboxAsync(DateTimeOffset now, int max, CancellationToken cancellationToken);

    Task MarkOutboxDeliveredAsync(long id, CancellationToken cancellationToken);

    Task MarkOutboxFailedAsync(long id, string reason, DateTimeOffset? retryAt, CancellationToken cancellationToken);

    /// <summary>Adds an outbox item outside a turn (for example a reminder scheduled by a handler).</summary>
    Task<long> EnqueueOutboxAsync(string conversationId, NewOutboxItem item, CancellationToken cancellationToken);

    /// <summary>A small named record (the duty desk, an escalation's status …), or null.</summary>
    Task<string?> GetRecordAsync(string key, CancellationToken cancellationToken);

    /// <summary>Creates or replaces a small named record.</summary>
    Task SetRecordAsync(string key, string json, CancellationToken cancellationToken);

    /// <summary>Creates or replaces a record that is deleted once <paramref name="expiresAt"/> has passed (saved call notes).</summary>
    Task SetExpiringRecordAsync(string key, string json, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>Records whose key starts with <paramref name="prefix"/>, for a user's own data.</summary>
    Task<IReadOnlyList<string>> GetRecordsAsync(string prefix, CancellationToken cancellationToken);

    /// <summary>"Forget my data": the user's dialog state in every conversation and their records (<c>user:{id}:…</c>).</summary>
    Task DeleteUserDataAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Deletes dialog states not touched since <paramref name="olderThan"/>: a half-finished conversation is not kept forever.</summary>
    Task PurgeStaleDialogStateAsync(DateTimeOffset olderThan, CancellationToken cancellationToken);

    /// <summary>Deletes records whose expiry has passed.</summary>
    Task PurgeExpiredRecordsAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Deletes processed-activity records older than <paramref name="olderThan"/>.</summary>
    Task PurgeProcessedAsync(DateTimeOffset olderThan, CancellationToken cancellationToken);
}
