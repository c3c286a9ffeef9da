using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace CoachBot.State.Postgres;

/// <summary>
/// The store for several instances sharing one PostgreSQL database: the same contract as SQLite's. A turn's writes
/// are one transaction; the dialog state is only overwritten when its ETag still matches, so two instances running
/// turns of one conversation cannot lose an update (the second gets a conflict and the turn is tried again). Outbox
/// claims are leases in the rows, so one item is sent by one instance and a dead instance's claim runs out.
/// Connection failures surface as <see cref="StateStoreUnavailableException"/>; the pool reconnects by itself.
/// </summary>
public sealed partial class PostgresStateStore : IStateStore, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _timeProvider;

    public PostgresStateStore(string connectionString, TimeProvider timeProvider)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
        _timeProvider = timeProvider;
    }

    public Task InitializeAsync(CancellationToken cancellationToken) =>
        Guard(async () =>
        {
            await PostgresMigrations.ApplyAsync(_dataSource, _timeProvider, cancellationToken).ConfigureAwait(false);
            return 0;
        });

    public Task<StoredState?> GetDialogStateAsync(StateKey key, CancellationToken cancellationToken) =>
        SingleAsync(
            "SELECT state, etag FROM dialog_state WHERE conversation_id = $1 AND user_id = $2",
            [key.ConversationId, key.UserId],
            r => new StoredState(r.GetString(0), r.GetInt64(1).ToString(CultureInfo.InvariantCulture)),
            cancellationToken);

    public Task<ProcessedActivity?> GetProcessedActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken) =>
        SingleAsync(
            "SELECT status_code, response, processed_at FROM processed_activity WHERE conversation_id = $1 AND activity_id = $2",
            [conversationId, activityId],
            r => new ProcessedActivity(r.GetInt32(0), r.IsDBNull(1) ? null : r.GetFieldValue<byte[]>(1), Time(r.GetInt64(2))),
            cancellationToken);

    public Task<CommitResult> CommitTurnAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        return InTransactionAsync(
            (connection, token) => PostgresTurnWriter.WriteAsync(connection, commit, Now(), token),
            cancellationToken);
    }

    public Task<ConversationRecord?> GetConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        SingleAsync(
            "SELECT reference, welcomed, updated_at FROM conversation WHERE conversation_id = $1",
            [conversationId],
            r => new ConversationRecord(conversationId, r.GetString(0), r.GetBoolean(1), Time(r.GetInt64(2))),
            cancellationToken);

    public Task DeleteConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        InTransactionAsync(
            async (connection, token) =>
            {
                await ExecuteAsync(connection, "DELETE FROM conversation WHERE conversation_id = $1", [conversationId], token).ConfigureAwait(false);
                return await ExecuteAsync(connection, "DELETE FROM dialog_state WHERE conversation_id = $1", [conversationId], token).ConfigureAwait(false);
            },
            cancellationToken);

    public async Task<IReadOnlyList<OutboxItem>> GetDueOutboxAsync(DateTimeOffset now, int max, CancellationToken cancellationToken) =>
        await ListAsync(
            """
            SELECT o.id, o.conversation_id, o.kind, o.payload, o.attempts, o.created_at, o.user_id FROM outbox AS o
            WHERE NOT o.delivered AND o.due_at IS NOT NULL AND o.due_at <= $1
              AND (o.lease_until IS NULL OR o.lease_until <= $1)
              AND NOT EXISTS (SELECT 1 FROM outbox AS e WHERE e.conversation_id = o.conversation_id AND e.kind = o.kind
                              AND e.id <> o.id AND NOT e.delivered
                              AND ((e.id < o.id AND e.attempts > 0 AND e.due_at > $1) OR e.lease_until > $1))
            ORDER BY o.id LIMIT $2
            """,
            [now.ToUnixTimeMilliseconds(), max],
            r => new OutboxItem(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4), Time(r.GetInt64(5)))
            {
                UserId = r.IsDBNull(6) ? null : r.GetString(6),
            },
            cancellationToken).ConfigureAwait(false);

    public async Task<bool> TryClaimOutboxAsync(long id, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
        await InTransactionAsync(
            async (connection, token) =>
            {
                // The item's kind and conversation are claimed one at a time across instances: the row lock of the
                // earliest waiting item of that kind and conversation (that row only: skipping to the next one would
                // serialise nothing) serialises the check below. SKIP LOCKED: when another instance holds it, that
                // instance is claiming in this conversation right now, so this one passes at once (the item stays
                // due) instead of queueing behind it. The row is checked again once locked ("NOT e.delivered"): if it was
                // delivered meanwhile, a newer earliest item exists, and this claim passes rather than lock a stale one.
                await using var locking = Command(
                    connection,
                    """
                    SELECT e.id FROM outbox AS e
                    WHERE e.id = (SELECT min(f.id) FROM outbox AS f
                                  WHERE (f.conversation_id, f.kind) = (SELECT conversation_id, kind FROM outbox WHERE id = $1) AND NOT f.delivered)
                      AND NOT e.delivered
                    FOR UPDATE SKIP LOCKED
                    """,
                    [id]);
                if (await locking.ExecuteScalarAsync(token).ConfigureAwait(false) is null)
                {
                    return 0;
                }

                return await ExecuteAsync(
                    connection,
                    """
                    UPDATE outbox SET lease_until = $3
                    WHERE id = $1 AND NOT delivered AND (lease_until IS NULL OR lease_until <= $2)
                      AND NOT EXISTS (SELECT 1 FROM outbox AS e WHERE e.conversation_id = outbox.conversation_id AND e.kind = outbox.kind
                                      AND NOT e.delivered AND e.id <> outbox.id
                                      AND ((e.id < outbox.id AND e.attempts > 0 AND e.due_at IS NOT NULL) OR e.lease_until > $2))
                    """,
                    [id, now.ToUnixTimeMilliseconds(), leaseUntil.ToUnixTimeMilliseconds()],
                    token).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false) == 1;

    public Task MarkOutboxDeliveredAsync(long id, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE outbox SET delivered = true, delivered_at = $2, lease_until = NULL WHERE id = $1", [id, Now()], cancellationToken);

    public Task MarkOutboxFailedAsync(long id, string reason, DateTimeOffset? retryAt, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE outbox SET attempts = attempts + 1, last_error = $2, due_at = $3, lease_until = NULL WHERE id = $1",
            [id, reason, retryAt?.ToUnixTimeMilliseconds()],
            cancellationToken);

    public async Task<long> EnqueueOutboxAsync(string conversationId, NewOutboxItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var ids = await InTransactionAsync(
            (connection, token) => PostgresTurnWriter.WriteOutboxAsync(connection, conversationId, [item], Now(), token),
            cancellationToken).ConfigureAwait(false);
        return ids[0];
    }

    public Task<string?> GetRecordAsync(string key, CancellationToken cancellationToken) =>
        SingleAsync("SELECT value FROM record WHERE key = $1", [key], r => r.GetString(0), cancellationToken);

    public Task SetRecordAsync(string key, string json, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "INSERT INTO record (key, value, updated_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET value = $2, updated_at = $3",
            [key, json, Now()],
            cancellationToken);

    public Task SetUserRecordAsync(string? userId, string key, string json, DateTimeOffset? expiresAt, CancellationToken cancellationToken) =>
        ExecuteAsync(
            """
            INSERT INTO record (key, value, updated_at, expires_at, user_id) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (key) DO UPDATE SET value = $2, updated_at = $3, expires_at = $4, user_id = $5
            """,
            [key, json, Now(), expiresAt?.ToUnixTimeMilliseconds(), userId],
            cancellationToken);

    public async Task<IReadOnlyList<string>> GetRecordsAsync(string prefix, CancellationToken cancellationToken) =>
        await ListAsync(
            "SELECT value FROM record WHERE left(key, length($1)) = $1 ORDER BY key COLLATE \"C\"",
            [prefix],
            r => r.GetString(0),
            cancellationToken).ConfigureAwait(false);

    public Task DeleteUserDataAsync(string userId, IReadOnlyCollection<string> keptPendingKinds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keptPendingKinds);
        return InTransactionAsync(
            (connection, token) => PostgresUserDataEraser.EraseAsync(connection, userId, keptPendingKinds, token),
            cancellationToken);
    }

    public Task PurgeStaleDialogStateAsync(DateTimeOffset olderThan, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM dialog_state WHERE updated_at < $1", [olderThan.ToUnixTimeMilliseconds()], cancellationToken);

    public Task PurgeExpiredRecordsAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        InTransactionAsync(
            async (connection, token) =>
            {
                object?[] at = [now.ToUnixTimeMilliseconds()];
                var deleted = await ExecuteAsync(connection, "DELETE FROM record WHERE expires_at IS NOT NULL AND expires_at <= $1", at, token).ConfigureAwait(false);
                deleted += await ExecuteAsync(connection, "DELETE FROM outbox WHERE expires_at IS NOT NULL AND expires_at <= $1", at, token).ConfigureAwait(false);
                deleted += await ExecuteAsync(connection, "DELETE FROM training_result WHERE expires_at <= $1", at, token).ConfigureAwait(false);
                return deleted + await ExecuteAsync(connection, "DELETE FROM channel_quiz_answer WHERE expires_at <= $1", at, token).ConfigureAwait(false);
            },
            cancellationToken);

    public Task PurgeProcessedAsync(DateTimeOffset olderThan, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM processed_activity WHERE processed_at < $1", [olderThan.ToUnixTimeMilliseconds()], cancellationToken);

    public Task PurgeDeliveredOutboxAsync(DateTimeOffset deliveredBefore, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM outbox WHERE delivered AND coalesce(delivered_at, created_at) < $1", [deliveredBefore.ToUnixTimeMilliseconds()], cancellationToken);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();

    internal static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, object?[] values, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, sql, values);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    internal static NpgsqlCommand Command(NpgsqlConnection connection, string sql, object?[] values)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(Parameter(value));
        }

        return command;
    }

    internal static NpgsqlBatchCommand BatchCommand(string sql, object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(Parameter(value));
        }

        return command;
    }

    /// <summary>A positional parameter; a null is typed by what it stands for (a time, a text), which PostgreSQL needs to know.</summary>
    private static NpgsqlParameter Parameter(object? value) => value switch
    {
        null => new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlDbType.Unknown },
        _ => new NpgsqlParameter { Value = value },
    };

    private long Now() => _timeProvider.GetUtcNow().ToUnixTimeMilliseconds();

    private static DateTimeOffset Time(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);

    private Task<int> ExecuteAsync(string sql, object?[] values, CancellationToken cancellationToken) =>
        Guard(async () =>
        {
            var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                return await ExecuteAsync(connection, sql, values, cancellationToken).ConfigureAwait(false);
            }
        });

    private async Task<T?> SingleAsync<T>(string sql, object?[] values, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken)
        where T : class
    {
        var list = await ListAsync(sql, values, map, cancellationToken).ConfigureAwait(false);
        return list.Count > 0 ? list[0] : null;
    }

    private Task<List<T>> ListAsync<T>(string sql, object?[] values, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken) =>
        Guard(async () =>
        {
            var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                await using var command = Command(connection, sql, values);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                var list = new List<T>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    list.Add(map(reader));
                }

                return list;
            }
        });

    private Task<T> InTransactionAsync<T>(Func<NpgsqlConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        Guard(async () =>
        {
            var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    var result = await work(connection, cancellationToken).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    return result;
                }
            }
        });

    /// <summary>
    /// A server that cannot be reached, or fails, is the store being down (the turn answers "try again"). The pool is
    /// emptied on a connection failure, so once the server is back (a restart, a fail-over) the next call opens a fresh
    /// connection instead of finding a dead one: the bot recovers without a restart of its own.
    /// </summary>
    private async Task<T> Guard<T>(Func<Task<T>> work)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (NpgsqlException ex) when (ex is not PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            if (ex is not PostgresException)
            {
                _dataSource.Clear();
            }

            throw new StateStoreUnavailableException($"PostgreSQL: {(ex as PostgresException)?.SqlState ?? ex.GetType().Name}.", ex);
        }
    }
}
