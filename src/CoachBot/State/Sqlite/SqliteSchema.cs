namespace CoachBot.State.Sqlite;

/// <summary>
/// The schema as every release up to the first numbered migration created it, brought up to date in place: each
/// statement is harmless when its table, column or index is already there, so a database made by any earlier
/// release (which set no schema version) reaches the same shape. Times are Unix milliseconds so comparisons stay numeric.
/// </summary>
internal static class SqliteSchema
{
    public const string Tables = """
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
        """;

    /// <summary>
    /// Columns added after the first release (table, column, definition), for databases created before them.
    /// The <c>user_id</c> columns say whose data a row is, so "forget my data" finds every copy.
    /// </summary>
    public static readonly (string Table, string Column, string Definition)[] AddedColumns =
    [
        ("outbox", "user_id", "TEXT NULL"),
        ("record", "expires_at", "INTEGER NULL"),
        ("outbox", "delivered_at", "INTEGER NULL"),
        ("outbox", "expires_at", "INTEGER NULL"),
        ("processed_activity", "user_id", "TEXT NULL"),
        ("record", "user_id", "TEXT NULL"),
    ];

    /// <summary>Indexes on the added columns, created once the columns exist.</summary>
    public const string Indexes = """
        CREATE INDEX IF NOT EXISTS ix_outbox_user ON outbox (user_id);
        CREATE INDEX IF NOT EXISTS ix_outbox_expires ON outbox (expires_at);
        CREATE INDEX IF NOT EXISTS ix_processed_user ON processed_activity (user_id);
        CREATE INDEX IF NOT EXISTS ix_record_user ON record (user_id);
        """;
}
