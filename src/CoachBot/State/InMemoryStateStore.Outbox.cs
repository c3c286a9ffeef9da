namespace CoachBot.State;

/// <summary>The in-memory store's outbox: items in commit order, due times, claims by a sender, delivered items kept a while.</summary>
public sealed partial class InMemoryStateStore
{
    private readonly SortedDictionary<long, (OutboxItem Item, DateTimeOffset DueAt, DateTimeOffset? DeliveredAt, DateTimeOffset? ExpiresAt)> _outbox = [];

    // Claims of outbox items by a sender, until when (see TryClaimOutboxAsync); removed when the item is settled.
    private readonly Dictionary<long, DateTimeOffset> _leases = [];

    // Each conversation's undelivered items, so a claim finds an earlier one still to send without reading them all.
    private readonly Dictionary<string, SortedSet<long>> _undelivered = new(StringComparer.Ordinal);
    private long _nextOutboxId = 1;

    public Task<IReadOnlyList<OutboxItem>> GetDueOutboxAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var firstWaiting = _outbox.Values
                .Where(e => e.DeliveredAt is null && e.Item.Attempts > 0 && e.DueAt > now && e.DueAt != DateTimeOffset.MaxValue)
                .GroupBy(e => (e.Item.ConversationId, e.Item.Kind))
                .ToDictionary(g => g.Key, g => g.Min(e => e.Item.Id));
            var beingSent = _outbox.Values
                .Where(e => e.DeliveredAt is null && Leased(e.Item.Id, now))
                .Select(e => (e.Item.ConversationId, e.Item.Kind))
                .ToHashSet();
            IReadOnlyList<OutboxItem> due = [.. _outbox.Values
                .Where(e => e.DeliveredAt is null && e.DueAt <= now && !beingSent.Contains((e.Item.ConversationId, e.Item.Kind)))
                .Where(e => !firstWaiting.TryGetValue((e.Item.ConversationId, e.Item.Kind), out var waiting) || waiting > e.Item.Id)
                .Take(max)
                .Select(e => e.Item)];
            return Task.FromResult(due);
        }
    }

    public Task<bool> TryClaimOutboxAsync(long id, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_outbox.TryGetValue(id, out var entry) || entry.DeliveredAt is not null || Leased(id, now)
                || EarlierStillToSend(entry.Item, now))
            {
                return Task.FromResult(false);
            }

            _leases[id] = leaseUntil;
            return Task.FromResult(true);
        }
    }

    public Task MarkOutboxDeliveredAsync(long id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _leases.Remove(id);
            if (_outbox.TryGetValue(id, out var entry))
            {
                _outbox[id] = entry with { DeliveredAt = timeProvider.GetUtcNow() };
                Settle(entry.Item.ConversationId, id);
            }

            return Task.CompletedTask;
        }
    }

    public Task MarkOutboxFailedAsync(long id, string reason, DateTimeOffset? retryAt, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _leases.Remove(id);
            if (_outbox.TryGetValue(id, out var entry))
            {
                var item = entry.Item with { Attempts = entry.Item.Attempts + 1 };

                // No retry time means the item is dead: it stays stored (nothing is lost) but is not due again.
                _outbox[id] = entry with { Item = item, DueAt = retryAt ?? DateTimeOffset.MaxValue };
            }

            return Task.CompletedTask;
        }
    }

    public Task<long> EnqueueOutboxAsync(string conversationId, NewOutboxItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (_gate)
        {
            return Task.FromResult(Enqueue(conversationId, item));
        }
    }

    public Task PurgeDeliveredOutboxAsync(DateTimeOffset deliveredBefore, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var id in _outbox.Where(o => o.Value.DeliveredAt < deliveredBefore).Select(o => o.Key).ToList())
            {
                RemoveOutbox(id);
            }

            return Task.CompletedTask;
        }
    }

    // Whether a sender holds a claim on the item that has not run out; the caller holds the lock.
    private bool Leased(long id, DateTimeOffset now) => _leases.TryGetValue(id, out var until) && until > now;

    // Whether an earlier item of the same kind and conversation waits for a retry or is being sent (a later one must not
    // overtake it; a dead item, never due again, holds nothing up), or a later one is being sent (one at a time per kind
    // and conversation: a channel quiz's scheduled close must not run beside the trainer's). The caller holds the lock.
    private bool EarlierStillToSend(OutboxItem item, DateTimeOffset now) =>
        _undelivered.TryGetValue(item.ConversationId, out var ids)
        && ids.Any(other =>
            other != item.Id && _outbox.TryGetValue(other, out var e) && e.Item.Kind == item.Kind
            && (Leased(other, now) || (other < item.Id && e.Item.Attempts > 0 && e.DueAt != DateTimeOffset.MaxValue)));

    // The item is no longer waiting to be sent; the caller holds the lock.
    private void Settle(string conversationId, long id)
    {
        if (_undelivered.TryGetValue(conversationId, out var ids) && ids.Remove(id) && ids.Count == 0)
        {
            _undelivered.Remove(conversationId);
        }
    }

    // Deletes an item, delivered or not; the caller holds the lock.
    private void RemoveOutbox(long id)
    {
        if (_outbox.Remove(id, out var entry))
        {
            Settle(entry.Item.ConversationId, id);
        }

        _leases.Remove(id);
    }

    /// <summary>Adds an outbox item; the caller holds the lock.</summary>
    private long Enqueue(string conversationId, NewOutboxItem item)
    {
        var now = timeProvider.GetUtcNow();
        var id = _nextOutboxId++;
        _outbox[id] = (new OutboxItem(id, conversationId, item.Kind, item.PayloadJson, 0, now) { UserId = item.UserId }, item.DueAt ?? now, null, item.ExpiresAt);
        if (!_undelivered.TryGetValue(conversationId, out var ids))
        {
            _undelivered[conversationId] = ids = [];
        }

        ids.Add(id);
        return id;
    }
}
