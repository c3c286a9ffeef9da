namespace CoachBot.Turns;

/// <summary>
/// Runs the turns of one conversation one at a time and different conversations in parallel. Locks
/// are reference-counted and removed when idle, so memory does not grow with the number of conversations.
/// Across instances the ETag on the dialog state is what prevents lost updates; this gate only avoids
/// needless conflicts inside one instance.
/// </summary>
public sealed class ConversationGate
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _sync = new();

    public async Task<IDisposable> EnterAsync(string conversationId, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (_sync)
        {
            if (!_entries.TryGetValue(conversationId, out entry!))
            {
                entry = new Entry();
                _entries[conversationId] = entry;
            }

            entry.Users++;
        }

        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Release(conversationId, entry, entered: false);
            throw;
        }

        return new Lease(this, conversationId, entry);
    }

    /// <summary>Conversations with a turn running or waiting; for tests and diagnostics.</summary>
    public int ActiveCount
    {
        get
        {
            lock (_sync)
            {
                return _entries.Count;
            }
        }
    }

    private void Release(string conversationId, Entry entry, bool entered)
    {
        if (entered)
        {
            entry.Semaphore.Release();
        }

        lock (_sync)
        {
            if (--entry.Users == 0)
            {
                _entries.Remove(conversationId);
                entry.Semaphore.Dispose();
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Lease(ConversationGate gate, string conversationId, Entry entry) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                gate.Release(conversationId, entry, entered: true);
            }
        }
    }
}
