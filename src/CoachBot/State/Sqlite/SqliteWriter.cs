using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace CoachBot.State.Sqlite;

/// <summary>
/// The store's one writer, with group commit. Writes queue in a bounded channel; a dedicated thread takes everything
/// queued (up to the batch size) and commits it in one <c>BEGIN IMMEDIATE</c> transaction on its own connection, then
/// settles each write. While one batch commits the next one gathers, so under load many turns share one commit (and,
/// with synchronous=FULL, one fsync), and no connection ever waits on another for the write lock.
/// Each write runs under its own savepoint: a write that fails on its own (a stale ETag) is rolled back alone and the
/// rest of the batch commits; when the transaction itself fails, every write of the batch is told the store is unavailable.
/// </summary>
internal sealed partial class SqliteWriter : IDisposable
{
    private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(10);

    private readonly Channel<SqliteWrite> _queue;
    private readonly SqliteConnections _connections;
    private readonly int _maxBatch;
    private readonly ILogger _logger;
    private readonly List<SqliteWrite> _batch = [];
    private SqliteCommandCache? _connection;
    private Thread? _thread;
    private long _batches;
    private long _writes;
    private long _pending;

    public SqliteWriter(SqliteConnections connections, SqliteStateOptions options, ILogger logger)
    {
        _connections = connections;
        _maxBatch = options.MaxBatchSize;
        _logger = logger;

        // Bounded: when the disk cannot keep up, callers wait for room instead of the queue eating memory.
        _queue = Channel.CreateBounded<SqliteWrite>(new BoundedChannelOptions(options.WriteQueueCapacity) { SingleReader = true });
    }

    /// <summary>Transactions committed so far (diagnostics: fewer than <see cref="Writes"/> means writes shared commits).</summary>
    public long Batches => Interlocked.Read(ref _batches);

    /// <summary>Writes committed so far.</summary>
    public long Writes => Interlocked.Read(ref _writes);

    /// <summary>Writes accepted and not yet settled: queued, or in the batch being committed.</summary>
    public long Pending => Interlocked.Read(ref _pending);

    /// <summary>Starts the writer thread on <paramref name="connection"/>, already migrated.</summary>
    public void Start(SqliteConnection connection)
    {
        _connection = new SqliteCommandCache(connection);
        _thread = new Thread(Run) { IsBackground = true, Name = "CoachBot SQLite writer" };
        _thread.Start();
    }

    /// <summary>Queues <paramref name="work"/>; the task completes once the transaction holding it has committed.</summary>
    public Task<T> WriteAsync<T>(Func<SqliteCommandCache, T> work, CancellationToken cancellationToken, bool checkpointAfter = false)
    {
        var write = new SqliteWrite<T>(work, cancellationToken) { CheckpointAfter = checkpointAfter };
        Interlocked.Increment(ref _pending);
        return _queue.Writer.TryWrite(write) ? write.Task : QueueWhenRoomAsync(write, cancellationToken);
    }

    public void Dispose()
    {
        // What is queued still commits: the thread drains the queue before it ends.
        _queue.Writer.TryComplete();
        if (_thread is { } thread && !thread.Join(DrainLimit))
        {
            LogDrainTimedOut(_logger, DrainLimit.TotalSeconds);
            return;
        }

        _connection?.Dispose();
        _connection = null;
    }

    private async Task<T> QueueWhenRoomAsync<T>(SqliteWrite<T> write, CancellationToken cancellationToken)
    {
        try
        {
            await _queue.Writer.WriteAsync(write, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ChannelClosedException or OperationCanceledException)
        {
            Interlocked.Decrement(ref _pending);
            if (ex is OperationCanceledException)
            {
                throw;
            }

            throw new StateStoreUnavailableException("The state store is shutting down.", ex);
        }

        return await write.Task.ConfigureAwait(false);
    }

    private void Run()
    {
        var queue = _queue.Reader;
        while (WaitForWrites(queue))
        {
            _batch.Clear();
            while (_batch.Count < _maxBatch && queue.TryRead(out var write))
            {
                if (write.CancellationToken.IsCancellationRequested)
                {
                    write.Cancel();
                    Interlocked.Decrement(ref _pending);
                }
                else
                {
                    _batch.Add(write);
                }
            }

            if (_batch.Count > 0)
            {
                CommitBatch(_batch);
                Interlocked.Add(ref _pending, -_batch.Count);
            }
        }
    }

    // The thread is the writer's own, so blocking it while the queue is empty costs nobody else a thread.
    private static bool WaitForWrites(ChannelReader<SqliteWrite> queue)
    {
        var wait = queue.WaitToReadAsync();
        return wait.IsCompletedSuccessfully ? wait.Result : wait.AsTask().GetAwaiter().GetResult();
    }

    private void CommitBatch(List<SqliteWrite> batch)
    {
        try
        {
            _connections.EnsureFileExists();
            var connection = _connection ??= new SqliteCommandCache(_connections.OpenWriter(create: false));
            connection.Execute("BEGIN IMMEDIATE");
            try
            {
                foreach (var write in batch)
                {
                    RunUnderSavepoint(connection, write);
                }

                connection.Execute("COMMIT");
            }
            catch
            {
                RollBack(connection);
                throw;
            }

            Interlocked.Increment(ref _batches);
            Interlocked.Add(ref _writes, batch.Count);
            if (batch.Exists(w => w.CheckpointAfter))
            {
                Checkpoint(connection, batch);
            }

            foreach (var write in batch)
            {
                write.Settle();
            }
        }
        catch (Exception ex) when (ex is SqliteException or StateStoreUnavailableException)
        {
            LogBatchFailed(_logger, ex, batch.Count);

            // A fresh connection next time: this one may be in any state (or on a file that is gone).
            _connection?.Dispose();
            _connection = null;
            var down = ex as StateStoreUnavailableException ?? Unavailable((SqliteException)ex);
            foreach (var write in batch)
            {
                write.Fail(down);
            }
        }
#pragma warning disable CA1031 // The writer thread must outlive any one batch, and every caller must hear back.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogBatchFailed(_logger, ex, batch.Count);
            _connection?.Dispose();
            _connection = null;
            foreach (var write in batch)
            {
                write.Fail(ex);
            }
        }
    }

    private static void RunUnderSavepoint(SqliteCommandCache connection, SqliteWrite write)
    {
        connection.Execute("SAVEPOINT write");
        try
        {
            write.Run(connection);
        }
#pragma warning disable CA1031 // A write's own failure goes to its caller (see Settle); the batch goes on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            // If the savepoint cannot be rolled back, the transaction itself is gone: that fails the whole batch.
            connection.Execute("ROLLBACK TO write");
            write.Failure = ex is SqliteException sqlite ? Unavailable(sqlite) : ex;
        }

        connection.Execute("RELEASE write");
    }

    private static void Checkpoint(SqliteCommandCache connection, List<SqliteWrite> batch)
    {
        try
        {
            // Outside any transaction: copies the WAL into the database and truncates it.
            connection.Execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        catch (SqliteException ex)
        {
            // The writes are committed; only those that asked for the checkpoint hear it did not happen.
            foreach (var write in batch.Where(w => w.CheckpointAfter))
            {
                write.Failure ??= Unavailable(ex);
            }
        }
    }

    private static void RollBack(SqliteCommandCache connection)
    {
        try
        {
            connection.Execute("ROLLBACK");
        }
        catch (SqliteException)
        {
            // SQLite rolled back already (a full disk, say); the original error is the one reported.
        }
    }

    private static StateStoreUnavailableException Unavailable(SqliteException ex) =>
        new($"SQLite error {ex.SqliteErrorCode}.", ex);

    [LoggerMessage(EventId = 7001, Level = LogLevel.Error, Message = "SQLite batch of {Writes} writes failed; each caller was told the store is unavailable")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, int writes);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Error, Message = "SQLite writer did not finish its queue within {Seconds} s of shutdown")]
    private static partial void LogDrainTimedOut(ILogger logger, double seconds);
}
