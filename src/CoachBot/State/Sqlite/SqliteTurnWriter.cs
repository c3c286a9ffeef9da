using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CoachBot.State.Sqlite;

/// <summary>The statements of one turn's commit, run inside the caller's transaction.</summary>
internal static class SqliteTurnWriter
{
    public static async Task<string?> WriteStateAsync(SqliteConnection connection, TurnCommit commit, long now, CancellationToken cancellationToken)
    {
        if (commit.Key is not { } key || commit.StateJson is null)
        {
            return null;
        }

        using var command = connection.CreateCommand();
        long next;
        if (commit.ExpectedETag is null)
        {
            // First state for this user here: nothing is written if a racing writer created it first.
            next = 1;
            command.CommandText = """
                INSERT INTO dialog_state (conversation_id, user_id, etag, state, updated_at)
                VALUES ($c, $u, 1, $s, $now) ON CONFLICT DO NOTHING
                """;
        }
        else
        {
            var expected = long.Parse(commit.ExpectedETag, CultureInfo.InvariantCulture);
            next = expected + 1;
            command.CommandText = """
                UPDATE dialog_state SET etag = etag + 1, state = $s, updated_at = $now
                WHERE conversation_id = $c AND user_id = $u AND etag = $e
                """;
            command.Parameters.With("$e", expected);
        }

        command.Parameters.With("$c", key.ConversationId).With("$u", key.UserId).With("$s", commit.StateJson).With("$now", now);
        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
        {
            throw new StateConflictException();
        }

        return next.ToString(CultureInfo.InvariantCulture);
    }

    public static async Task WriteProcessedAsync(SqliteConnection connection, TurnCommit commit, CancellationToken cancellationToken)
    {
        if (commit.ActivityId is null)
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT OR REPLACE INTO processed_activity (conversation_id, activity_id, status_code, response, processed_at, user_id)
            VALUES ($c, $a, $s, $r, $t, $u)
            """;
        command.Parameters.With("$c", commit.ConversationId).With("$a", commit.ActivityId).With("$u", commit.UserId)
            .With("$s", commit.Response.StatusCode).With("$r", commit.Response.ResponseJson)
            .With("$t", commit.Response.ProcessedAt.ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task WriteConversationAsync(SqliteConnection connection, ConversationRecord? conversation, CancellationToken cancellationToken)
    {
        if (conversation is null)
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO conversation (conversation_id, reference, welcomed, updated_at) VALUES ($c, $r, $w, $t)
            ON CONFLICT (conversation_id) DO UPDATE SET reference = $r, welcomed = max(welcomed, $w), updated_at = $t
            """;
        command.Parameters.With("$c", conversation.ConversationId).With("$r", conversation.ReferenceJson)
            .With("$w", conversation.Welcomed ? 1 : 0).With("$t", conversation.UpdatedAt.ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task<IReadOnlyList<long>> WriteOutboxAsync(SqliteConnection connection, string conversationId, IReadOnlyList<NewOutboxItem> items, long now, CancellationToken cancellationToken)
    {
        var ids = new List<long>(items.Count);
        foreach (var item in items)
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO outbox (conversation_id, kind, payload, due_at, created_at, user_id, expires_at) VALUES ($c, $k, $p, $due, $now, $u, $x)
                RETURNING id
                """;
            command.Parameters.With("$c", conversationId).With("$k", item.Kind).With("$p", item.PayloadJson)
                .With("$due", item.DueAt?.ToUnixTimeMilliseconds() ?? now).With("$now", now).With("$u", item.UserId)
                .With("$x", item.ExpiresAt?.ToUnixTimeMilliseconds());
            ids.Add((long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!);
        }

        return ids;
    }
}
