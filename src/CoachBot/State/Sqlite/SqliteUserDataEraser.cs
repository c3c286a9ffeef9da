using System.Text.Json;

namespace CoachBot.State.Sqlite;

/// <summary>The statements of "forget my data" over every table that holds a user's data, run as one write.</summary>
internal static class SqliteUserDataEraser
{
    // A redelivery record loses its answer but stays, so a redelivered activity is still known and repeats nothing;
    // a waiting item of a kept kind (an escalation) is unlinked from the user before the user's items are deleted;
    // a conversation reference keeps the user's id (the chat's address) and loses the rest (name, Entra id), as
    // ConversationReferences.WithoutUserDetails does for the in-memory store.
    private const string Statements = """
        DELETE FROM dialog_state WHERE user_id = $u;
        UPDATE conversation SET reference = json_set(reference, '$.user', json_object('id', $u))
        WHERE json_extract(reference, '$.user.id') = $u;
        DELETE FROM record WHERE user_id = $u OR substr(key, 1, length($p)) = $p;
        UPDATE processed_activity SET response = NULL, user_id = NULL WHERE user_id = $u;
        UPDATE outbox SET user_id = NULL
        WHERE user_id = $u AND delivered = 0 AND due_at IS NOT NULL AND kind IN (SELECT value FROM json_each($kept));
        DELETE FROM outbox WHERE user_id = $u;
        DELETE FROM training_result WHERE user_id = $u;
        DELETE FROM channel_quiz_answer WHERE user_id = $u;
        """;

    public static int Erase(SqliteCommandCache connection, string userId, IReadOnlyCollection<string> keptPendingKinds)
    {
        var command = connection.Command(Statements);
        command.Parameters.With("$u", userId).With("$p", UserRecordKeys.Prefix(userId)).With("$kept", JsonSerializer.Serialize(keptPendingKinds));
        return command.ExecuteNonQuery();
    }
}
