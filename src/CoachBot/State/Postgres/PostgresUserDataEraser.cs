using Npgsql;

namespace CoachBot.State.Postgres;

/// <summary>"Forget my data" in PostgreSQL, inside the caller's transaction: the same rows as SQLite's eraser.</summary>
internal static class PostgresUserDataEraser
{
    // A redelivery record loses its answer but stays, so a redelivered activity is still known and repeats nothing; a
    // waiting item of a kept kind (an escalation) is unlinked from the user before the user's items are deleted; a
    // conversation reference keeps the user's id (the chat's address) and loses the rest (name, Entra id).
    private static readonly string[] Statements =
    [
        "DELETE FROM dialog_state WHERE user_id = $1",
        """
        UPDATE conversation SET reference = jsonb_set(reference::jsonb, '{user}', jsonb_build_object('id', $1::text))::text
        WHERE reference::jsonb -> 'user' ->> 'id' = $1
        """,
        "DELETE FROM record WHERE user_id = $1 OR left(key, length($2)) = $2",
        "UPDATE processed_activity SET response = NULL, user_id = NULL WHERE user_id = $1",
        "UPDATE outbox SET user_id = NULL WHERE user_id = $1 AND NOT delivered AND due_at IS NOT NULL AND kind = ANY($3)",
        "DELETE FROM outbox WHERE user_id = $1",
        "DELETE FROM training_result WHERE user_id = $1",
        "DELETE FROM channel_quiz_answer WHERE user_id = $1",
    ];

    public static async Task<int> EraseAsync(NpgsqlConnection connection, string userId, IReadOnlyCollection<string> keptPendingKinds, CancellationToken cancellationToken)
    {
        object?[] values = [userId, UserRecordKeys.Prefix(userId), keptPendingKinds.ToArray()];
        var changed = 0;
        foreach (var statement in Statements)
        {
            changed += await PostgresStateStore.ExecuteAsync(connection, statement, values, cancellationToken).ConfigureAwait(false);
        }

        return changed;
    }
}
