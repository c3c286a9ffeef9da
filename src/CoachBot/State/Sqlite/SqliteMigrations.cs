using System.Globalization;
using CoachBot.Hosting;
using Microsoft.Data.Sqlite;

namespace CoachBot.State.Sqlite;

/// <summary>
/// Numbered schema steps, applied at start-up. The database's <c>PRAGMA user_version</c> is the number of the last step
/// applied; each step runs in its own transaction together with the version bump, so a crash leaves either both or
/// neither. Steps are also written to be harmless when run again (IF NOT EXISTS, column checks), because a database
/// from before this list existed has version 0 whatever its shape. A shipped step is never edited: add the next one.
/// </summary>
internal static class SqliteMigrations
{
    private static readonly Action<SqliteConnection>[] Steps =
    [
        // 1: the schema of every release before numbered steps, created or completed in place.
        Baseline,

        // 2: the retention pass deletes dialog states by age; without an index it reads the whole table.
        connection => Execute(connection, "CREATE INDEX IF NOT EXISTS ix_dialog_state_updated ON dialog_state (updated_at)"),

        // 3: a user's record keys escape the user id (UserRecordKeys.Prefix); keys written before are moved.
        connection => Execute(connection, EscapeUserRecordKeys),

        // 4: an outbox item is claimed by one sender until its lease runs out (inline delivery or the loop, not both).
        connection =>
        {
            if (!HasColumn(connection, "outbox", "lease_until"))
            {
                Execute(connection, "ALTER TABLE outbox ADD COLUMN lease_until INTEGER NULL");
            }
        },

        // 5: a claim looks for an earlier reply of the same conversation still to send; without an index it reads them all.
        connection => Execute(connection, "CREATE INDEX IF NOT EXISTS ix_outbox_conversation ON outbox (conversation_id, kind, delivered, id)"),

        // 6: trainees' quiz results, per user, one row per outbox item that carried one (delivered twice, stored once).
        connection => Execute(connection, TrainingResults),

        // 7: channel quiz answers, one per (quiz, question, member) by the primary key, so no tap or re-sent invoke counts twice.
        connection => Execute(connection, ChannelQuizAnswers),

        // 8: the name a member answered under, for the leaderboard; deleted with the answer by "forget my data".
        connection =>
        {
            if (!HasColumn(connection, "channel_quiz_answer", "user_name"))
            {
                Execute(connection, "ALTER TABLE channel_quiz_answer ADD COLUMN user_name TEXT NULL");
            }
        },

        // 9: who a result is, for the trainer dashboard: the Entra object id a dashboard sign-in carries, and the Teams
        // name of a 1:1 result; deleted with the result by "forget my data".
        connection =>
        {
            foreach (var (table, column) in new[] { ("channel_quiz_answer", "user_aad"), ("training_result", "user_name"), ("training_result", "user_aad") })
            {
                if (!HasColumn(connection, table, column))
                {
                    Execute(connection, $"ALTER TABLE {table} ADD COLUMN {column} TEXT NULL");
                }
            }
        },
    ];

    private const string ChannelQuizAnswers = """
        CREATE TABLE IF NOT EXISTS channel_quiz_answer (
            quiz_id TEXT NOT NULL,
            question INTEGER NOT NULL,
            user_id TEXT NOT NULL,
            option TEXT NOT NULL,
            right INTEGER NOT NULL,
            points INTEGER NOT NULL,
            answered_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL,
            PRIMARY KEY (quiz_id, question, user_id));
        CREATE INDEX IF NOT EXISTS ix_channel_quiz_answer_user ON channel_quiz_answer (user_id);
        CREATE INDEX IF NOT EXISTS ix_channel_quiz_answer_expires ON channel_quiz_answer (expires_at);
        """;

    private const string TrainingResults = """
        CREATE TABLE IF NOT EXISTS training_result (
            source_id INTEGER PRIMARY KEY,
            user_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            item_id TEXT NOT NULL,
            topic TEXT NULL,
            passed INTEGER NOT NULL,
            recorded_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL,
            result TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_training_result_user ON training_result (user_id, kind, recorded_at);
        CREATE INDEX IF NOT EXISTS ix_training_result_expires ON training_result (expires_at);
        """;

    // Only rows whose owner is known and whose key starts with that owner's unescaped prefix; an id without '%' or ':'
    // is the same escaped, so most rows are left as they are.
    private const string EscapeUserRecordKeys = """
        UPDATE record
        SET key = 'user:' || replace(replace(user_id, '%', '%25'), ':', '%3A') || substr(key, length('user:' || user_id) + 1)
        WHERE user_id IS NOT NULL
          AND (instr(user_id, ':') > 0 OR instr(user_id, '%') > 0)
          AND substr(key, 1, length('user:' || user_id || ':')) = 'user:' || user_id || ':'
        """;

    /// <summary>The schema version this build writes.</summary>
    public static int Latest => Steps.Length;

    /// <summary>Brings the database up to <see cref="Latest"/>; refuses one written by a newer build.</summary>
    public static void Apply(SqliteConnection connection, string path)
    {
        ArgumentNullException.ThrowIfNull(connection);
        for (var version = Version(connection); version < Latest; version = Version(connection))
        {
            Execute(connection, "BEGIN IMMEDIATE");
            try
            {
                // Read again under the write lock: another process may have applied the step meanwhile.
                var current = Version(connection);
                if (current == version)
                {
                    Steps[version](connection);
                    Execute(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {version + 1}"));
                }

                Execute(connection, "COMMIT");
            }
            catch
            {
                RollBack(connection);
                throw;
            }
        }

        var found = Version(connection);
        if (found > Latest)
        {
            // Running an older build over a newer schema could write rows the newer build misreads.
            throw new StartupConfigurationException(
                $"State:Sqlite:Path '{path}' holds schema version {found}; this build knows versions up to {Latest}. Run the newer build, or restore a backup.");
        }
    }

    public static int Version(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Baseline(SqliteConnection connection)
    {
        Execute(connection, SqliteSchema.Tables);
        foreach (var (table, column, definition) in SqliteSchema.AddedColumns)
        {
            if (!HasColumn(connection, table, column))
            {
                Execute(connection, $"ALTER TABLE {table} ADD COLUMN {column} {definition}");
            }
        }

        Execute(connection, SqliteSchema.Indexes);
    }

    private static bool HasColumn(SqliteConnection connection, string table, string column)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM pragma_table_info($t) WHERE name = $c";
        command.Parameters.With("$t", table).With("$c", column);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }

    private static void RollBack(SqliteConnection connection)
    {
        try
        {
            Execute(connection, "ROLLBACK");
        }
        catch (SqliteException)
        {
            // SQLite already rolled back (a full disk, say); the step's own error is the one to report.
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
