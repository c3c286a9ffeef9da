namespace CoachBot.State;

/// <summary>
/// The in-memory store's bounds: dialog states and redelivery records are counted in characters as they are stored,
/// and past a bound the least recently written go first. Every helper here runs with the lock held.
/// </summary>
public sealed partial class InMemoryStateStore
{
    private readonly Dictionary<StateKey, StoredState> _states = [];
    private readonly Dictionary<StateKey, DateTimeOffset> _stateTouched = [];

    // Writes in order, each with the sequence number it had then; an entry whose key has been written again since
    // (or removed) is stale and skipped, so eviction is oldest-write first without reordering a list on every turn.
    private readonly Queue<(StateKey Key, long Sequence)> _stateWrites = new();
    private readonly Dictionary<StateKey, long> _stateSequence = [];
    private long _nextStateSequence;
    private long _stateChars;
    private long _processedBytes;

    /// <summary>
    /// The most characters of dialog state kept (a conversation's state is a few kilobytes); beyond it the states
    /// written longest ago are forgotten, and those users start their conversation afresh.
    /// </summary>
    public long MaxDialogStateChars { get; init; } = 16_000_000;

    /// <summary>Characters of dialog state and bytes of stored responses held now; for tests.</summary>
    public (long StateChars, long ResponseBytes) Held
    {
        get
        {
            lock (_gate)
            {
                return (_stateChars, _processedBytes);
            }
        }
    }

    private void PutState(StateKey key, StoredState state)
    {
        if (_states.TryGetValue(key, out var old))
        {
            _stateChars -= old.Json.Length;
        }

        _states[key] = state;
        _stateChars += state.Json.Length;
        _stateTouched[key] = timeProvider.GetUtcNow();
        var sequence = _nextStateSequence++;
        _stateSequence[key] = sequence;
        _stateWrites.Enqueue((key, sequence));

        while (_stateChars > MaxDialogStateChars && _states.Count > 1 && _stateWrites.TryDequeue(out var oldest))
        {
            if (_stateSequence.TryGetValue(oldest.Key, out var current) && current == oldest.Sequence)
            {
                RemoveState(oldest.Key);
            }
        }

        // Stale entries pile up while nothing is evicted: rebuild the queue from the live states now and then.
        if (_stateWrites.Count > (2 * _states.Count) + 1024)
        {
            var live = _stateSequence.OrderBy(s => s.Value).Select(s => (s.Key, s.Value)).ToList();
            _stateWrites.Clear();
            foreach (var write in live)
            {
                _stateWrites.Enqueue(write);
            }
        }
    }

    private void RemoveState(StateKey key)
    {
        if (_states.Remove(key, out var old))
        {
            _stateChars -= old.Json.Length;
        }

        _stateTouched.Remove(key);
        _stateSequence.Remove(key);
    }

    /// <summary>Records an activity as processed and forgets the oldest records beyond the bounds.</summary>
    private void RecordProcessed((string, string) key, ProcessedActivity response, string? userId)
    {
        if (_processed.TryGetValue(key, out var old))
        {
            _processedBytes -= old.Activity.Response?.Length ?? 0;
        }
        else
        {
            _processedOrder.Enqueue(key);
        }

        _processed[key] = (response, userId);
        _processedBytes += response.Response?.Length ?? 0;
        while ((_processed.Count > MaxProcessedActivities || _processedBytes > MaxProcessedResponseBytes)
            && _processed.Count > 1 && _processedOrder.TryDequeue(out var oldest))
        {
            RemoveProcessed(oldest);
        }
    }

    private void RemoveProcessed((string, string) key)
    {
        if (_processed.Remove(key, out var old))
        {
            _processedBytes -= old.Activity.Response?.Length ?? 0;
        }
    }
}
