using System.Globalization;

namespace CoachBot.State.Sqlite;

/// <summary>The statements of one turn's commit, run by the writer inside its batch transaction.</summary>
internal static class SqliteTurnWriter
{
    // First state for this user here: nothing is written if a racing writer created it first.
    private const string InsertState = """
        INSERT INTO dialog_state (conversation_id, user_id, etag, state, updated_at)
        VALUES ($c, $u, 1, $s, $now) ON CONFLICT DO NOTHING
        """;

    private const string UpdateState = """
        UPDATE dialog_state SET etag = etag + 1, state = $s, updated_at = $now
        WHERE conversation_id = $c AND user_id = $u AND etag = $e
        """;

    private const string UpsertProcessed = """
        INSERT OR REPLACE INTO processed_activity (conversation_id, activity_id, status_code, response, processed_at, user_id)
        VALUES ($c, $a, $s, $r, $t, $u)
        """;

    private const string UpsertConversation = """
        INSERT INTO conversation (conversation_id, reference, welcomed, updated_at) VALUES ($c, $r, $w, $t)
        ON CONFLICT (conversation_id) DO UPDATE SET reference = $r, welcomed = max(welcomed, $w), updated_at = $t
        """;

    private const string InsertOutbox = """
        INSERT INTO outbox (conversation_id, kind, payload, due_at, created_at, user_id, expires_at) VALUES ($c, $k, $p, $due, $now, $u, $x)
        RETURNING id
        """;

    public static CommitResult Write(SqliteCommandCache connection, TurnCommit commit, long now)
    {
        var etag = WriteState(connection, commit, now);
        WriteProcessed(connection, commit);
        WriteConversation(connection, commit.Conversation);
        var ids = WriteOutbox(connection, commit.ConversationId, commit.Outbox, now);
        return new CommitResult(etag, ids);
    }

    public static IReadOnlyList<long> WriteOutbox(SqliteCommandCache connection, string conversationId, IReadOnlyList<NewOutboxItem> items, long now)
    {
        var ids = new List<long>(items.Count);
        foreach (var item in items)
        {
            var command = connection.Command(InsertOutbox);
            command.Parameters.With("$c", conversationId).With("$k", item.Kind).With("$p", item.PayloadJson)
                .With("$due", item.DueAt?.ToUnixTimeMilliseconds() ?? now).With("$now", now).With("$u", item.UserId)
                .With("$x", item.ExpiresAt?.ToUnixTimeMilliseconds());
            ids.Add((long)command.ExecuteScalar()!);
        }

        return ids;
    }

    private static string? WriteState(SqliteCommandCache connection, TurnCommit commit, long now)
    {
        if (commit.Key is not { } key || commit.StateJson is null)
        {
            return null;
        }

        long next;
        var command = connection.Command(commit.ExpectedETag is null ? InsertState : UpdateState);
        if (commit.ExpectedETag is null)
        {
            next = 1;
        }
        else
        {
            var expected = long.Parse(commit.ExpectedETag, CultureInfo.InvariantCulture);
            next = expected + 1;
            command.Parameters.With("$e", expected);
        }

        command.Parameters.With("$c", key.ConversationId).With("$u", key.UserId).With("$s", commit.StateJson).With("$now", now);
        if (command.ExecuteNonQuery() != 1)
        {
            throw new StateConflictException();
        }

        return next.ToString(CultureInfo.InvariantCulture);
    }

    private static void WriteProcessed(SqliteCommandCache connection, TurnCommit commit)
    {
        if (commit.ActivityId is null)
        {
            return;
        }

        var command = connection.Command(UpsertProcessed);
        command.Parameters.With("$c", commit.ConversationId).With("$a", commit.ActivityId).With("$u", commit.UserId)
            .With("$s", commit.Response.StatusCode).With("$r", commit.Response.Response)
            .With("$t", commit.Response.ProcessedAt.ToUnixTimeMilliseconds());
        command.ExecuteNonQuery();
    }

    private static void WriteConversation(SqliteCommandCache connection, ConversationRecord? conversation)
    {
        if (conversation is null)
        {
            return;
        }

        var command = connection.Command(UpsertConversation);
        command.Parameters.With("$c", conversation.ConversationId).With("$r", conversation.ReferenceJson)
            .With("$w", conversation.Welcomed ? 1 : 0).With("$t", conversation.UpdatedAt.ToUnixTimeMilliseconds());
        command.ExecuteNonQuery();
    }
}
