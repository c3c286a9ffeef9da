using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace CoachBot.State.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file in WAL mode. A turn's writes go in one transaction,
/// and the dialog state is only overwritten when its ETag (a version number) still matches. Every connection
/// runs with <c>secure_delete</c>, so deleted rows are overwritten rather than left in free space, and a
/// deletion of user data ends with a truncating checkpoint, so no old WAL frame keeps a copy either.
/// </summary>
public sealed class SqliteStateStore : IStateStore
{
    private readonly string _connectionString;
    private readonly TimeProvider _timeProvider;

    public SqliteStateStore(IOptions<SqliteStateOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        _timeProvider = timeProvider;
        var value = options.Value;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = value.Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = value.BusyTimeoutSeconds,
            Pooling = true,
        }.ToString();
        DatabasePath = value.Path;
    }

    public string DatabasePath { get; }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(DatabasePath));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        await ExecuteAsync(SqliteSchema.Create, static _ => { }, cancellationToken).ConfigureAwait(false);
        foreach (var upgrade in SqliteSchema.Upgrades)
        {
            await TryUpgradeAsync(upgrade, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task<StoredState?> GetDialogStateAsync(StateKey key, CancellationToken cancellationToken) =>
        QuerySingleAsync(
            "SELECT state, etag FROM dialog_state WHERE conversation_id = $c AND user_id = $u",
            p => p.With("$c", key.ConversationId).With("$u", key.UserId),
            r => new StoredState(r.GetString(0), r.GetInt64(1).ToString(CultureInfo.InvariantCulture)),
            cancellationToken);

    public Task<ProcessedActivity?> GetProcessedActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken) =>
        QuerySingleAsync(
            "SELECT status_code, response, processed_at FROM processed_activity WHERE conversation_id = $c AND activity_id = $a",
            p => p.With("$c", conversationId).With("$a", activityId),
            r => new ProcessedActivity(r.GetInt32(0), r.IsDBNull(1) ? null : r.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(2))),
            cancellationToken);

    public Task<CommitResult> CommitTurnAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        return WithConnectionAsync(
            async connection =>
            {
                var now = _timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
                using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                var etag = await SqliteTurnWriter.WriteStateAsync(connection, commit, now, cancellationToken).ConfigureAwait(false);
                await SqliteTurnWriter.WriteProcessedAsync(connection, commit, cancellationToken).ConfigureAwait(false);
                await SqliteTurnWriter.WriteConversationAsync(connection, commit.Conversation, cancellationToken).ConfigureAwait(false);
                var ids = await SqliteTurnWriter.WriteOutboxAsync(connection, commit.ConversationId, commit.Outbox, now, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return new CommitResult(etag, ids);
            },
            cancellationToken);
    }

    public Task<ConversationRecord?> GetConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        QuerySingleAsync(
            "SELECT reference, welcomed, updated_at FROM conversation WHERE conversation_id = $c",
            p => p.With("$c", conversationId),
            r => new ConversationRecord(conversationId, r.GetString(0), r.GetInt64(1) != 0, DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(2))),
            cancellationToken);

    public Task DeleteConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        ExecuteAsync(
            """
            DELETE FROM conversation WHERE conversation_id = $c;
            DELETE FROM dialog_state WHERE conversation_id = $c;
            """,
            p => p.With("$c", conversationId),
            cancellationToken);

    public async Task<IReadOnlyList<OutboxItem>> GetDueOutboxAsync(DateTimeOffset now, int max, CancellationToken cancellationToken) =>
        await QueryListAsync(
            """
            SELECT o.id, o.conversation_id, o.kind, o.payload, o.attempts, o.created_at, o.user_id FROM outbox AS o
            WHERE o.delivered = 0 AND o.due_at IS NOT NULL AND o.due_at <= $now
              AND NOT EXISTS (SELECT 1 FROM outbox AS e WHERE e.conversation_id = o.conversation_id
                              AND e.id < o.id AND e.delivered = 0 AND e.attempts > 0 AND e.due_at > $now)
            ORDER BY o.id LIMIT $max
            """,
            p => p.With("$now", now.ToUnixTimeMilliseconds()).With("$max", max),
            r => new OutboxItem(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(5)))
            {
                UserId = r.IsDBNull(6) ? null : r.GetString(6),
            },
            cancellationToken).ConfigureAwait(false);

    public Task MarkOutboxDeliveredAsync(long id, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE outbox SET delivered = 1, delivered_at = $t WHERE id = $id",
            p => p.With("$id", id).With("$t", _timeProvider.GetUtcNow().ToUnixTimeMilliseconds()),
            cancellationToken);

    public Task MarkOutboxFailedAsync(long id, string reason, DateTimeOffset? retryAt, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE outbox SET attempts = attempts + 1, last_error = $e, due_at = $due WHERE id = $id",
            p => p.With("$id", id).With("$e", reason).With("$due", retryAt?.ToUnixTimeMilliseconds()),
            cancellationToken);

    public Task<long> EnqueueOutboxAsync(string conversationId, NewOutboxItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return WithConnectionAsync(
            async connection =>
            {
                var ids = await SqliteTurnWriter.WriteOutboxAsync(connection, conversationId, [item], _timeProvider.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken).ConfigureAwait(false);
                return ids[0];
            },
            cancellationToken);
    }

    public async Task<string?> GetRecordAsync(string key, CancellationToken cancellationToken)
    {
        var rows = await QueryListAsync(
            "SELECT value FROM record WHERE key = $k",
            p => p.With("$k", key),
            r => r.GetString(0),
            cancellationToken).ConfigureAwait(false);
        return rows.Count > 0 ? rows[0] : null;
    }

    public Task SetRecordAsync(string key, string json, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "INSERT INTO record (key, value, updated_at) VALUES ($k, $v, $t) ON CONFLICT (key) DO UPDATE SET value = $v, updated_at = $t",
            p => p.With("$k", key).With("$v", json).With("$t", _timeProvider.GetUtcNow().ToUnixTimeMilliseconds()),
            cancellationToken);

    public Task SetUserRecordAsync(string? userId, string key, string json, DateTimeOffset? expiresAt, CancellationToken cancellationToken) =>
        ExecuteAsync(
            """
            INSERT INTO record (key, value, updated_at, expires_at, user_id) VALUES ($k, $v, $t, $x, $u)
            ON CONFLICT (key) DO UPDATE SET value = $v, updated_at = $t, expires_at = $x, user_id = $u
            """,
            p => p.With("$k", key).With("$v", json).With("$t", _timeProvider.GetUtcNow().ToUnixTimeMilliseconds())
                .With("$x", expiresAt?.ToUnixTimeMilliseconds()).With("$u", userId),
            cancellationToken);

    public async Task<IReadOnlyList<string>> GetRecordsAsync(string prefix, CancellationToken cancellationToken) =>
        await QueryListAsync(
            "SELECT value FROM record WHERE substr(key, 1, length($p)) = $p ORDER BY key",
            p => p.With("$p", prefix),
            r => r.GetString(0),
            cancellationToken).ConfigureAwait(false);

    public async Task DeleteUserDataAsync(string userId, IReadOnlyCollection<string> keptPendingKinds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keptPendingKinds);
        await WithConnectionAsync(
            async connection =>
            {
                await SqliteUserDataEraser.EraseAsync(connection, userId, keptPendingKinds, cancellationToken).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
        await CheckpointAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task PurgeStaleDialogStateAsync(DateTimeOffset olderThan, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "DELETE FROM dialog_state WHERE updated_at < $t",
            p => p.With("$t", olderThan.ToUnixTimeMilliseconds()),
            cancellationToken);

    public async Task PurgeExpiredRecordsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var deleted = await ExecuteAsync(
            """
            DELETE FROM record WHERE expires_at IS NOT NULL AND expires_at <= $now;
            DELETE FROM outbox WHERE expires_at IS NOT NULL AND expires_at <= $now;
            """,
            p => p.With("$now", now.ToUnixTimeMilliseconds()),
            cancellationToken).ConfigureAwait(false);

        // What expired was kept for a set time on purpose (a call note): its old WAL frames go with it.
        if (deleted > 0)
        {
            await CheckpointAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public Task PurgeProcessedAsync(DateTimeOffset olderThan, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "DELETE FROM processed_activity WHERE processed_at < $t",
            p => p.With("$t", olderThan.ToUnixTimeMilliseconds()),
            cancellationToken);

    public Task PurgeDeliveredOutboxAsync(DateTimeOffset deliveredBefore, CancellationToken cancellationToken) =>
        ExecuteAsync(
            // Rows delivered before delivered_at existed count from their creation.
            "DELETE FROM outbox WHERE delivered = 1 AND coalesce(delivered_at, created_at) < $t",
            p => p.With("$t", deliveredBefore.ToUnixTimeMilliseconds()),
            cancellationToken);

    /// <summary>
    /// Copies the WAL into the database and truncates it, so frames holding deleted rows are gone from the disk;
    /// it waits (up to the busy timeout) for readers of older snapshots to finish.
    /// </summary>
    private Task<int> CheckpointAsync(CancellationToken cancellationToken) =>
        ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE)", static _ => { }, cancellationToken);

    private async Task TryUpgradeAsync(string sql, CancellationToken cancellationToken)
    {
        try
        {
            await ExecuteAsync(sql, static _ => { }, cancellationToken).ConfigureAwait(false);
        }
        catch (StateStoreUnavailableException ex) when (ex.InnerException is SqliteException { Message: var message } && message.Contains("duplicate column", StringComparison.OrdinalIgnoreCase))
        {
            // Already upgraded.
        }
    }

    private Task<int> ExecuteAsync(string sql, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken) =>
        WithConnectionAsync(
            async connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = sql;
                bind(command.Parameters);
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);

    private async Task<T?> QuerySingleAsync<T>(string sql, Action<SqliteParameterCollection> bind, Func<SqliteDataReader, T> map, CancellationToken cancellationToken)
        where T : class
    {
        var list = await QueryListAsync(sql, bind, map, cancellationToken).ConfigureAwait(false);
        return list.Count > 0 ? list[0] : null;
    }

    private Task<List<T>> QueryListAsync<T>(string sql, Action<SqliteParameterCollection> bind, Func<SqliteDataReader, T> map, CancellationToken cancellationToken) =>
        WithConnectionAsync(
            async connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = sql;
                bind(command.Parameters);
                using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                var list = new List<T>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    list.Add(map(reader));
                }

                return list;
            },
            cancellationToken);

    private async Task<T> WithConnectionAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using (var pragma = connection.CreateCommand())
            {
                // Per connection: deleted and overwritten rows are zeroed, not left in free pages for anyone reading the file.
                pragma.CommandText = "PRAGMA secure_delete = ON";
                await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return await work(connection).ConfigureAwait(false);
        }
        catch (SqliteException ex)
        {
            // Busy, read-only, disk full, corrupt: all mean "try again later" to the user.
            throw new StateStoreUnavailableException($"SQLite error {ex.SqliteErrorCode}.", ex);
        }
    }
}
