using System.Globalization;

namespace CoachBot.State;

/// <summary>
/// A state store in process memory, for tests and the in-memory configuration. One lock makes each commit atomic, as
/// a database transaction would. Nothing in it grows with the turns served beyond its bounds (see
/// InMemoryStateStore.Bounds.cs): not durable, it forgets the oldest rather than grow.
/// </summary>
public sealed partial class InMemoryStateStore(TimeProvider timeProvider) : IStateStore
{
    private readonly Lock _gate = new();

    // Redelivery records in the order they were made, so the oldest go first once there are too many.
    private readonly Queue<(string, string)> _processedOrder = new();
    private readonly Dictionary<(string, string), (ProcessedActivity Activity, string? UserId)> _processed = [];
    private readonly Dictionary<string, ConversationRecord> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Json, DateTimeOffset? ExpiresAt, string? UserId)> _records = new(StringComparer.Ordinal);
    private long _nextETag = 1;

    /// <summary>
    /// The most redelivery records kept. The retention pass deletes them after twice the redelivery window, but at a
    /// high turn rate that window alone would hold millions; beyond this, the oldest is forgotten early (a channel
    /// redelivering it then runs the turn again, which this non-durable store accepts rather than growing).
    /// </summary>
    public int MaxProcessedActivities { get; init; } = 50_000;

    /// <summary>
    /// The most bytes of stored responses the redelivery records hold together (an expectReplies response with its
    /// cards runs to several kilobytes, so the count alone would allow a gigabyte); beyond it the oldest go first.
    /// </summary>
    public long MaxProcessedResponseBytes { get; init; } = 16_000_000;

    /// <summary>Redelivery records held; for tests.</summary>
    public int ProcessedCount
    {
        get
        {
            lock (_gate)
            {
                return _processed.Count;
            }
        }
    }

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<StoredState?> GetDialogStateAsync(StateKey key, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_states.GetValueOrDefault(key));
        }
    }

    public Task<ProcessedActivity?> GetProcessedActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_processed.TryGetValue((conversationId, activityId), out var processed) ? processed.Activity : null);
        }
    }

    public Task<CommitResult> CommitTurnAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        lock (_gate)
        {
            string? etag = null;
            if (commit.Key is { } key && commit.StateJson is not null)
            {
                var current = _states.GetValueOrDefault(key);
                if (current?.ETag != commit.ExpectedETag)
                {
                    throw new StateConflictException();
                }

                etag = (_nextETag++).ToString(CultureInfo.InvariantCulture);
                PutState(key, new StoredState(commit.StateJson, etag));
            }

            if (commit.ActivityId is not null)
            {
                RecordProcessed((commit.ConversationId, commit.ActivityId), commit.Response, commit.UserId);
            }

            if (commit.Conversation is not null)
            {
                // Once welcomed, always welcomed: a later reference update must not greet again.
                var welcomed = commit.Conversation.Welcomed || _conversations.GetValueOrDefault(commit.Conversation.ConversationId)?.Welcomed == true;
                _conversations[commit.Conversation.ConversationId] = commit.Conversation with { Welcomed = welcomed };
            }

            IReadOnlyList<long> ids = [.. commit.Outbox.Select(item => Enqueue(commit.ConversationId, item))];
            return Task.FromResult(new CommitResult(etag, ids));
        }
    }

    public Task<ConversationRecord?> GetConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_conversations.GetValueOrDefault(conversationId));
        }
    }

    public Task DeleteConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _conversations.Remove(conversationId);
            foreach (var key in _states.Keys.Where(k => k.ConversationId == conversationId).ToList())
            {
                RemoveState(key);
            }

            return Task.CompletedTask;
        }
    }

    public Task<string?> GetRecordAsync(string key, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_records.TryGetValue(key, out var record) ? record.Json : null);
        }
    }

    public Task SetRecordAsync(string key, string json, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _records[key] = (json, null, null);
            return Task.CompletedTask;
        }
    }

    public Task SetUserRecordAsync(string? userId, string key, string json, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _records[key] = (json, expiresAt, userId);
            return Task.CompletedTask;
        }
    }

    public Task<IReadOnlyList<string>> GetRecordsAsync(string prefix, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<string> found = [.. _records.Where(r => r.Key.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Value.Json)];
            return Task.FromResult(found);
        }
    }

    public Task DeleteUserDataAsync(string userId, IReadOnlyCollection<string> keptPendingKinds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keptPendingKinds);
        lock (_gate)
        {
            foreach (var key in _states.Keys.Where(k => k.UserId == userId).ToList())
            {
                RemoveState(key);
            }

            RemoveTraining(r => r.UserId == userId, a => a.UserId == userId);
            var prefix = UserRecordKeys.Prefix(userId);
            foreach (var key in _records.Where(r => r.Value.UserId == userId || r.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(r => r.Key).ToList())
            {
                _records.Remove(key);
            }

            foreach (var (id, conversation) in _conversations.Where(c => ConversationReferences.NamesUser(c.Value.ReferenceJson, userId)).ToList())
            {
                _conversations[id] = conversation with { ReferenceJson = ConversationReferences.WithoutUserDetails(conversation.ReferenceJson) };
            }

            foreach (var (key, processed) in _processed.Where(p => p.Value.UserId == userId).ToList())
            {
                _processedBytes -= processed.Activity.Response?.Length ?? 0;
                _processed[key] = (processed.Activity with { Response = null }, null);
            }

            foreach (var (id, entry) in _outbox.Where(o => o.Value.Item.UserId == userId).ToList())
            {
                var pending = entry.DeliveredAt is null && entry.DueAt != DateTimeOffset.MaxValue;
                if (pending && keptPendingKinds.Contains(entry.Item.Kind))
                {
                    _outbox[id] = entry with { Item = entry.Item with { UserId = null } };
                }
                else
                {
                    RemoveOutbox(id);
                }
            }

            return Task.CompletedTask;
        }
    }

    public Task PurgeStaleDialogStateAsync(DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var key in _stateTouched.Where(t => t.Value < olderThan).Select(t => t.Key).ToList())
            {
                RemoveState(key);
            }

            return Task.CompletedTask;
        }
    }

    public Task PurgeExpiredRecordsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            RemoveTraining(r => r.ExpiresAt <= now, a => a.ExpiresAt <= now);
            foreach (var key in _records.Where(r => r.Value.ExpiresAt <= now).Select(r => r.Key).ToList())
            {
                _records.Remove(key);
            }

            foreach (var id in _outbox.Where(o => o.Value.ExpiresAt <= now).Select(o => o.Key).ToList())
            {
                RemoveOutbox(id);
            }

            return Task.CompletedTask;
        }
    }

    public Task PurgeProcessedAsync(DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var key in _processed.Where(p => p.Value.Activity.ProcessedAt < olderThan).Select(p => p.Key).ToList())
            {
                RemoveProcessed(key);
            }

            while (_processedOrder.TryPeek(out var oldest) && !_processed.ContainsKey(oldest))
            {
                _processedOrder.Dequeue();
            }

            return Task.CompletedTask;
        }
    }
}
