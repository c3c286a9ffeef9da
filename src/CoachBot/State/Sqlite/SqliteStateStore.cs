using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoachBot.State.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file in WAL mode. Every write goes through one writer (<see cref="SqliteWriter"/>),
/// which commits queued writes together and answers each only after its commit; reads use a small pool of reader
/// connections. The dialog state is only overwritten when its ETag (a version number) still matches. Deleted rows
/// are zeroed (<c>secure_delete</c>), and a deletion of user data ends with a truncating checkpoint, so no old WAL
/// frame keeps a copy either.
/// </summary>
public sealed partial class SqliteStateStore : IStateStore, IDisposable
{
    private readonly SqliteConnections _connections;
    private readonly SqliteReaderPool _readers;
    private readonly SqliteWriter _writer;
    private readonly TimeProvider _timeProvider;
    private readonly Lock _startGate = new();
    private bool _started;

    public SqliteStateStore(IOptions<SqliteStateOptions> options, TimeProvider timeProvider, ILogger<SqliteStateStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _timeProvider = timeProvider;
        _connections = new SqliteConnections(options.Value);
        _readers = new SqliteReaderPool(_connections, options.Value.ReaderConnections);
        _writer = new SqliteWriter(_connections, options.Value, (ILogger?)logger ?? NullLogger.Instance);
    }

    public string DatabasePath => _connections.Path;

    /// <summary>Transactions committed since start (diagnostics: under load there are fewer than <see cref="CommittedWrites"/>).</summary>
    public long CommittedBatches => _writer.Batches;

    /// <summary>Writes (turn commits and others) committed since start.</summary>
    public long CommittedWrites => _writer.Writes;

    /// <summary>Writes accepted and not yet committed or failed (queued, or in the batch being committed).</summary>
    public long PendingWrites => _writer.Pending;

    /// <summary>Opens the writer, applies the schema migrations and starts the writer thread; later calls do nothing.</summary>
    public Task InitializeAsync(CancellationToken cancellationToken)
    {
        lock (_startGate)
        {
            if (_started)
            {
                return Task.CompletedTask;
            }

            var directory = Path.GetDirectoryName(DatabasePath);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            SqliteConnection? connection = null;
            try
            {
                connection = _connections.OpenWriter(create: true);
                SqliteMigrations.Apply(connection, DatabasePath);
                _writer.Start(connection);
                _started = true;
                return Task.CompletedTask;
            }
            catch (SqliteException ex)
            {
                connection?.Dispose();
                throw new StateStoreUnavailableException($"SQLite error {ex.SqliteErrorCode}.", ex);
            }
            catch
            {
                connection?.Dispose();
                throw;
            }
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
            // A blob since the response is kept as the bytes sent; a row written as text before reads the same.
            r => new ProcessedActivity(r.GetInt32(0), r.IsDBNull(1) ? null : r.GetFieldValue<byte[]>(1), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(2))),
            cancellationToken);

    public Task<CommitResult> CommitTurnAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        return _writer.WriteAsync(
            connection => SqliteTurnWriter.Write(connection, commit, _timeProvider.GetUtcNow().ToUnixTimeMilliseconds()),
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
              AND (o.lease_until IS NULL OR o.lease_until <= $now)
              AND NOT EXISTS (SELECT 1 FROM outbox AS e WHERE e.conversation_id = o.conversation_id AND e.kind = o.kind
                              AND e.id <> o.id AND e.delivered = 0
                              AND ((e.id < o.id AND e.attempts > 0 AND e.due_at > $now) OR e.lease_until > $now))
            ORDER BY o.id LIMIT $max
            """,
            p => p.With("$now", now.ToUnixTimeMilliseconds()).With("$max", max),
            r => new OutboxItem(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(5)))
            {
                UserId = r.IsDBNull(6) ? null : r.GetString(6),
            },
            cancellationToken).ConfigureAwait(false);

    public async Task<bool> TryClaimOutboxAsync(long id, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            """
            UPDATE outbox SET lease_until = $until
            WHERE id = $id AND delivered = 0 AND (lease_until IS NULL OR lease_until <= $now)
              AND NOT EXISTS (SELECT 1 FROM outbox AS e WHERE e.conversation_id = outbox.conversation_id AND e.kind = outbox.kind
                              AND e.delivered = 0 AND e.id <> outbox.id
                              AND ((e.id < outbox.id AND e.attempts > 0 AND e.due_at IS NOT NULL) OR e.lease_until > $now))
            """,
            p => p.With("$id", id).With("$now", now.ToUnixTimeMilliseconds()).With("$until", leaseUntil.ToUnixTimeMilliseconds()),
            cancellationToken).ConfigureAwait(false) == 1;

    public Task MarkOutboxDeliveredAsync(long id, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE outbox SET delivered = 1, delivered_at = $t, lease_until = NULL WHERE id = $id",
            p => p.With("$id", id).With("$t", _timeProvider.GetUtcNow().ToUnixTimeMilliseconds()),
            cancellationToken);

    public Task MarkOutboxFailedAsync(long id, string reason, DateTimeOffset? retryAt, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE outbox SET attempts = attempts + 1, last_error = $e, due_at = $due, lease_until = NULL WHERE id = $id",
            p => p.With("$id", id).With("$e", reason).With("$due", retryAt?.ToUnixTimeMilliseconds()),
            cancellationToken);

    public async Task<long> EnqueueOutboxAsync(string conversationId, NewOutboxItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var ids = await _writer.WriteAsync(
            connection => SqliteTurnWriter.WriteOutbox(connection, conversationId, [item], _timeProvider.GetUtcNow().ToUnixTimeMilliseconds()),
            cancellationToken).ConfigureAwait(false);
        return ids[0];
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

    public Task DeleteUserDataAsync(string userId, IReadOnlyCollection<string> keptPendingKinds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keptPendingKinds);
        return _writer.WriteAsync(
            connection => SqliteUserDataEraser.Erase(connection, userId, keptPendingKinds),
            cancellationToken,
            checkpointAfter: true);
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
            DELETE FROM training_result WHERE expires_at <= $now;
            DELETE FROM channel_quiz_answer WHERE expires_at <= $now;
            """,
            p => p.With("$now", now.ToUnixTimeMilliseconds()),
            cancellationToken).ConfigureAwait(false);

        // What expired was kept for a set time on purpose (a call note): its old WAL frames go with it.
        if (deleted > 0)
        {
            await _writer.WriteAsync(static _ => 0, cancellationToken, checkpointAfter: true).ConfigureAwait(false);
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

    /// <summary>Commits what is queued, then closes the writer and the readers.</summary>
    public void Dispose()
    {
        _writer.Dispose();
        _readers.Dispose();
    }

    private Task<int> ExecuteAsync(string sql, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken) =>
        _writer.WriteAsync(
            connection =>
            {
                var command = connection.Command(sql);
                bind(command.Parameters);
                return command.ExecuteNonQuery();
            },
            cancellationToken);

    private async Task<T?> QuerySingleAsync<T>(string sql, Action<SqliteParameterCollection> bind, Func<SqliteDataReader, T> map, CancellationToken cancellationToken)
        where T : class
    {
        var list = await QueryListAsync(sql, bind, map, cancellationToken).ConfigureAwait(false);
        return list.Count > 0 ? list[0] : null;
    }

    private Task<List<T>> QueryListAsync<T>(string sql, Action<SqliteParameterCollection> bind, Func<SqliteDataReader, T> map, CancellationToken cancellationToken) =>
        _readers.ReadAsync(
            connection =>
            {
                var command = connection.Command(sql);
                bind(command.Parameters);
                using var reader = command.ExecuteReader();
                var list = new List<T>();
                while (reader.Read())
                {
                    list.Add(map(reader));
                }

                return list;
            },
            cancellationToken);
}
