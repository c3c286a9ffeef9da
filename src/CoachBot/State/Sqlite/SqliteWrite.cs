namespace CoachBot.State.Sqlite;

/// <summary>
/// One caller's write, waiting in the writer's queue. The writer runs it inside a batch's transaction and settles it
/// only once that transaction has committed (or failed), so nobody is told "done" before it is durable.
/// </summary>
internal abstract class SqliteWrite(CancellationToken cancellationToken)
{
    /// <summary>A write cancelled while it waited is dropped; once its batch has begun it runs to the end.</summary>
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Whether a truncating WAL checkpoint must follow the commit (deleted personal data leaves no old frame behind).</summary>
    public bool CheckpointAfter { get; init; }

    /// <summary>Why this write failed on its own (rolled back to its savepoint), or null.</summary>
    public Exception? Failure { get; set; }

    /// <summary>Runs the write's statements on the writer's connection, inside the open transaction.</summary>
    public abstract void Run(SqliteCommandCache connection);

    /// <summary>Called after the commit: the result, or the write's own failure, reaches the caller.</summary>
    public abstract void Settle();

    /// <summary>Called when the batch as a whole failed: nothing of it was written.</summary>
    public abstract void Fail(Exception exception);

    public abstract void Cancel();
}
