namespace CoachBot.State.Sqlite;

/// <summary>A write whose caller awaits a <typeparamref name="TResult"/> (an ETag and outbox ids, a row count …).</summary>
internal sealed class SqliteWrite<TResult>(Func<SqliteCommandCache, TResult> work, CancellationToken cancellationToken)
    : SqliteWrite(cancellationToken)
{
    // Continuations run on the thread pool, never on the writer's thread: the next batch must not wait for a turn's reply.
    private readonly TaskCompletionSource<TResult> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TResult? _result;

    public Task<TResult> Task => _done.Task;

    public override void Run(SqliteCommandCache connection) => _result = work(connection);

    public override void Settle()
    {
        if (Failure is { } failure)
        {
            _done.TrySetException(failure);
        }
        else
        {
            _done.TrySetResult(_result!);
        }
    }

    public override void Fail(Exception exception) => _done.TrySetException(exception);

    public override void Cancel() => _done.TrySetCanceled(CancellationToken);
}
