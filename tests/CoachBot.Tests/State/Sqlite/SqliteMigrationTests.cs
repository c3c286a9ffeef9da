using CoachBot.Hosting;
using CoachBot.State;
using CoachBot.State.Sqlite;
using CoachBot.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.State.Sqlite;

/// <summary>
/// The schema carries a version and numbered steps: a database made before the steps existed is upgraded in place with
/// its data, running the steps again changes nothing, and a database from a newer build is refused rather than misread.
/// </summary>
public sealed class SqliteMigrationTests : IDisposable
{
    // The schema exactly as the store created it before numbered migrations (main at 10e9e86): SqliteSchema.Create,
    // then the indexes of SqliteSchema.Upgrades (its ALTERs failed as duplicate columns on a fresh database).
    private const string BeforeMigrations = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS dialog_state (
            conversation_id TEXT NOT NULL,
            user_id TEXT NOT NULL,
            etag INTEGER NOT NULL,
            state TEXT NOT NULL,
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (conversation_id, user_id));
        CREATE TABLE IF NOT EXISTS processed_activity (
            conversation_id TEXT NOT NULL,
            activity_id TEXT NOT NULL,
            status_code INTEGER NOT NULL,
            response TEXT NULL,
            processed_at INTEGER NOT NULL,
            user_id TEXT NULL,
            PRIMARY KEY (conversation_id, activity_id));
        CREATE INDEX IF NOT EXISTS ix_processed_at ON processed_activity (processed_at);
        CREATE TABLE IF NOT EXISTS conversation (
            conversation_id TEXT PRIMARY KEY,
            reference TEXT NOT NULL,
            welcomed INTEGER NOT NULL,
            updated_at INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            conversation_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            payload TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            due_at INTEGER NULL,
            delivered INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NULL,
            created_at INTEGER NOT NULL,
            user_id TEXT NULL,
            delivered_at INTEGER NULL,
            expires_at INTEGER NULL);
        CREATE INDEX IF NOT EXISTS ix_outbox_due ON outbox (delivered, due_at);
        CREATE TABLE IF NOT EXISTS record (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            updated_at INTEGER NOT NULL,
            expires_at INTEGER NULL,
            user_id TEXT NULL);
        CREATE INDEX IF NOT EXISTS ix_outbox_user ON outbox (user_id);
        CREATE INDEX IF NOT EXISTS ix_outbox_expires ON outbox (expires_at);
        CREATE INDEX IF NOT EXISTS ix_processed_user ON processed_activity (user_id);
        CREATE INDEX IF NOT EXISTS ix_record_user ON record (user_id);
        """;

    // A conversation half-way through, as that release stored it.
    private const string Rows = """
        INSERT INTO dialog_state VALUES ('conv-1', 'user-a', 7, '{"step":2}', 1736929800000);
        INSERT INTO processed_activity VALUES ('conv-1', 'act-1', 200, '{"activities":[]}', 1736929800000, 'user-a');
        INSERT INTO conversation VALUES ('conv-1', '{"user":{"id":"user-a"}}', 1, 1736929800000);
        INSERT INTO outbox (conversation_id, kind, payload, due_at, created_at, user_id) VALUES ('conv-1', 'reply', '{"n":1}', 0, 0, 'user-a');
        INSERT INTO record (key, value, updated_at) VALUES ('duty-desk', '{"conversation":"conv-9"}', 0);
        """;

    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 1, 15, 8, 30, 0, TimeSpan.Zero));

    private string DatabasePath => _directory.File("before.db");

    [Fact]
    public async Task Initialize_DatabaseFromBeforeMigrations_IsUpgradedInPlaceWithItsData()
    {
        await CreateAsync(BeforeMigrations + Rows);

        var store = await StartAsync();

        Assert.Equal(SqliteMigrations.Latest, await VersionAsync());
        Assert.Equal(new StoredState("""{"step":2}""", "7"), await store.GetDialogStateAsync(new StateKey("conv-1", "user-a"), default));
        Assert.Equal(200, (await store.GetProcessedActivityAsync("conv-1", "act-1", default))?.StatusCode);
        Assert.True((await store.GetConversationAsync("conv-1", default))?.Welcomed);
        Assert.Equal("""{"conversation":"conv-9"}""", await store.GetRecordAsync("duty-desk", default));
        Assert.Equal("""{"n":1}""", Assert.Single(await store.GetDueOutboxAsync(_time.GetUtcNow(), 10, default)).PayloadJson);

        // The conversation goes on from the stored version.
        var next = await store.CommitTurnAsync(Turn("conv-1", "user-a", """{"step":3}""", expectedETag: "7"), default);
        Assert.Equal("8", next.ETag);
        Assert.Equal(1L, await ScalarAsync("SELECT count(*) FROM sqlite_master WHERE name = 'ix_dialog_state_updated'"));
    }

    [Fact]
    public async Task Initialize_CallNotesSavedUnderUnescapedTeamsIds_AreStillTheRepsAndOnlyTheirs()
    {
        // Keys as release 2 wrote them: the user id as it came, colons and all.
        await CreateAsync(BeforeMigrations + """
            INSERT INTO record VALUES ('user:29:1a:call-note:000000000001', '{"n":"rep a"}', 0, NULL, '29:1a');
            INSERT INTO record VALUES ('user:29:1a:b:call-note:000000000002', '{"n":"rep a:b"}', 0, NULL, '29:1a:b');
            INSERT INTO record VALUES ('user:plain:call-note:000000000003', '{"n":"plain"}', 0, NULL, 'plain');
            PRAGMA user_version = 2;
            """);

        var store = await StartAsync();

        Assert.Equal(["""{"n":"rep a"}"""], await store.GetRecordsAsync(UserRecordKeys.CallNotePrefix("29:1a"), default));
        Assert.Equal(["""{"n":"rep a:b"}"""], await store.GetRecordsAsync(UserRecordKeys.CallNotePrefix("29:1a:b"), default));
        Assert.Equal(["""{"n":"plain"}"""], await store.GetRecordsAsync(UserRecordKeys.CallNotePrefix("plain"), default));

        // Forgetting one rep no longer takes the other's notes with it.
        await store.DeleteUserDataAsync("29:1a", [], default);
        Assert.Empty(await store.GetRecordsAsync(UserRecordKeys.Prefix("29:1a"), default));
        Assert.Single(await store.GetRecordsAsync(UserRecordKeys.Prefix("29:1a:b"), default));
    }

    [Fact]
    public async Task Initialize_AgainOnAnUpgradedDatabase_ChangesNothing()
    {
        await CreateAsync(BeforeMigrations + Rows);
        var first = await StartAsync();
        await first.CommitTurnAsync(Turn("conv-2", "user-b", """{"step":1}""", expectedETag: null), default);
        ((IDisposable)first).Dispose();
        var schema = await SchemaAsync();

        var second = await StartAsync();

        Assert.Equal(schema, await SchemaAsync());
        Assert.Equal(SqliteMigrations.Latest, await VersionAsync());
        Assert.Equal("1", (await second.GetDialogStateAsync(new StateKey("conv-2", "user-b"), default))?.ETag);
        Assert.Equal("7", (await second.GetDialogStateAsync(new StateKey("conv-1", "user-a"), default))?.ETag);
    }

    [Fact]
    public async Task Initialize_NewDatabase_StartsAtTheLatestVersion()
    {
        await StartAsync();

        Assert.Equal(SqliteMigrations.Latest, await VersionAsync());
    }

    [Fact]
    public async Task Initialize_DatabaseOfANewerBuild_RefusesToStartAndSaysWhy()
    {
        await CreateAsync(BeforeMigrations + $"PRAGMA user_version = {SqliteMigrations.Latest + 1};");

        var refused = await Assert.ThrowsAsync<StartupConfigurationException>(StartAsync);

        Assert.Contains($"schema version {SqliteMigrations.Latest + 1}", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Initialize_DatabaseAtStepEight_GainsStepNinesColumnsAndStoresWhoAnswered()
    {
        using (var earlier = new SqliteStateStore(Options.Create(new SqliteStateOptions { Path = DatabasePath }), _time))
        {
            await earlier.InitializeAsync(default);
        }

        // As step 8's release left it: no Entra object id on answers, no name or object id on 1:1 results.
        await CreateAsync("""
            ALTER TABLE channel_quiz_answer DROP COLUMN user_aad;
            ALTER TABLE training_result DROP COLUMN user_name;
            ALTER TABLE training_result DROP COLUMN user_aad;
            PRAGMA user_version = 8;
            """);
        var now = _time.GetUtcNow();

        var store = await StartAsync();
        var stored = await store.AddChannelAnswerAsync(new ChannelQuizAnswer("quiz-1", 0, "29:a", "b", true, 1000, now, now.AddDays(1)) { UserName = "Lan", UserAad = "aad-1" }, default);
        await store.AddTrainingResultAsync(new TrainingResult(1, "29:a", TrainingResult.QuizKind, "q-1", "complaints", true, now, now.AddDays(1), "{}") { UserName = "Lan", UserAad = "aad-1" }, default);

        Assert.Equal(SqliteMigrations.Latest, await VersionAsync());
        Assert.True(stored);
        Assert.Equal("aad-1", Assert.Single(await store.GetChannelAnswersAsync("quiz-1", default)).UserAad);
        var result = Assert.Single(await store.GetTrainingResultsSinceAsync(now.AddDays(-1), default));
        Assert.Equal(("Lan", "aad-1"), (result.UserName, result.UserAad));
    }

    public void Dispose() => _directory.Dispose();

    private static TurnCommit Turn(string conversationId, string userId, string state, string? expectedETag) =>
        new(conversationId, new StateKey(conversationId, userId), state, expectedETag, ActivityJson.NewId(),
            new ProcessedActivity(200, null, DateTimeOffset.UnixEpoch), null, []);

    private async Task CreateAsync(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<IStateStore> StartAsync()
    {
        var store = _directory.Own(new SqliteStateStore(Options.Create(new SqliteStateOptions { Path = DatabasePath }), _time));
        await store.InitializeAsync(default);
        return store;
    }

    private async Task<long> VersionAsync() => (long)(await ScalarAsync("PRAGMA user_version"))!;

    private async Task<string> SchemaAsync() => (string)(await ScalarAsync("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master ORDER BY name)"))!;

    // Read-write, not read-only: once the store has closed, the WAL index it kept is gone and a read-only open could not make one.
    private async Task<object?> ScalarAsync(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadWrite;Pooling=False");
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
