using CoachBot.State;
using CoachBot.State.Sqlite;
using CoachBot.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.State.Sqlite;

/// <summary>A database from the first release is upgraded at start-up: forget and retention work on its old rows too.</summary>
public sealed class SqliteSchemaUpgradeTests : IDisposable
{
    // The schema as the first release created it: no user ids, no expiry, no delivery time.
    private const string FirstRelease = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE dialog_state (conversation_id TEXT NOT NULL, user_id TEXT NOT NULL, etag INTEGER NOT NULL, state TEXT NOT NULL,
            updated_at INTEGER NOT NULL, PRIMARY KEY (conversation_id, user_id));
        CREATE TABLE processed_activity (conversation_id TEXT NOT NULL, activity_id TEXT NOT NULL, status_code INTEGER NOT NULL,
            response TEXT NULL, processed_at INTEGER NOT NULL, PRIMARY KEY (conversation_id, activity_id));
        CREATE TABLE conversation (conversation_id TEXT PRIMARY KEY, reference TEXT NOT NULL, welcomed INTEGER NOT NULL, updated_at INTEGER NOT NULL);
        CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, conversation_id TEXT NOT NULL, kind TEXT NOT NULL, payload TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0, due_at INTEGER NULL, delivered INTEGER NOT NULL DEFAULT 0, last_error TEXT NULL, created_at INTEGER NOT NULL);
        CREATE TABLE record (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at INTEGER NOT NULL);
        INSERT INTO outbox (conversation_id, kind, payload, due_at, delivered, created_at) VALUES ('conv-1', 'reply', '{"old":1}', 0, 1, 0);
        INSERT INTO record (key, value, updated_at) VALUES ('user:user-a:call-note:000000000001', '{}', 0);
        INSERT INTO processed_activity (conversation_id, activity_id, status_code, response, processed_at) VALUES ('conv-2', 'act-2', 200, '{"activities":[]}', 0);
        """;

    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 1, 15, 8, 30, 0, TimeSpan.Zero));

    [Fact]
    public async Task Initialize_FirstReleaseDatabase_OldRowsAreForgottenAndPurgedLikeNewOnes()
    {
        var path = _directory.File("old.db");
        var store = await FirstReleaseStoreAsync(path);
        await store.InitializeAsync(default);
        await store.InitializeAsync(default);
        await store.CommitTurnAsync(new TurnCommit("conv-1", null, null, null, "act-1", new ProcessedActivity(200, "{}"u8.ToArray(), _time.GetUtcNow()), null, []) { UserId = "user-a" }, default);

        await store.DeleteUserDataAsync("user-a", [], default);
        await store.PurgeDeliveredOutboxAsync(_time.GetUtcNow(), default);

        Assert.Empty(await store.GetRecordsAsync(UserRecordKeys.Prefix("user-a"), default));
        Assert.Null((await store.GetProcessedActivityAsync("conv-1", "act-1", default))?.Response);
        Assert.Equal(0, await StoredCopies.CountAsync(path, "SELECT count(*) FROM outbox"));
    }

    [Fact]
    public async Task GetProcessedActivity_ResponseWrittenAsTextBeforeTheBytesChange_TheSameBytesForTheRedelivery()
    {
        var path = _directory.File("old-response.db");
        var store = await FirstReleaseStoreAsync(path);
        await store.InitializeAsync(default);

        var seen = await store.GetProcessedActivityAsync("conv-2", "act-2", default);

        Assert.Equal("""{"activities":[]}"""u8.ToArray(), seen?.Response);
    }

    public void Dispose() => _directory.Dispose();

    // A database as the first release left it, and a store opened on it (not yet initialised).
    private async Task<SqliteStateStore> FirstReleaseStoreAsync(string path)
    {
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            using var command = connection.CreateCommand();
            command.CommandText = FirstRelease;
            await command.ExecuteNonQueryAsync();
        }

        return _directory.Own(new SqliteStateStore(Options.Create(new SqliteStateOptions { Path = path }), _time));
    }
}
