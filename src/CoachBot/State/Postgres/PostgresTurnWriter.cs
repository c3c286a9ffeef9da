using System.Globalization;
using Npgsql;

namespace CoachBot.State.Postgres;

/// <summary>A turn's writes, inside the caller's transaction: state (checked against its ETag), the redelivery record, the conversation, the outbox.</summary>
internal static class PostgresTurnWriter
{
    public static async Task<CommitResult> WriteAsync(NpgsqlConnection connection, TurnCommit commit, long now, CancellationToken cancellationToken)
    {
        var etag = await WriteStateAsync(connection, commit, now, cancellationToken).ConfigureAwait(false);
        if (commit.ActivityId is not null)
        {
            await PostgresStateStore.ExecuteAsync(
                connection,
                """
                INSERT INTO processed_activity (conversation_id, activity_id, status_code, response, processed_at, user_id) VALUES ($1, $2, $3, $4, $5, $6)
                ON CONFLICT (conversation_id, activity_id) DO UPDATE SET status_code = $3, response = $4, processed_at = $5, user_id = $6
                """,
                [commit.ConversationId, commit.ActivityId, commit.Response.StatusCode, commit.Response.Response, commit.Response.ProcessedAt.ToUnixTimeMilliseconds(), commit.UserId],
                cancellationToken).ConfigureAwait(false);
        }

        if (commit.Conversation is { } conversation)
        {
            await PostgresStateStore.ExecuteAsync(
                connection,
                """
                INSERT INTO conversation (conversation_id, reference, welcomed, updated_at) VALUES ($1, $2, $3, $4)
                ON CONFLICT (conversation_id) DO UPDATE SET reference = $2, welcomed = conversation.welcomed OR $3, updated_at = $4
                """,
                [conversation.ConversationId, conversation.ReferenceJson, conversation.Welcomed, conversation.UpdatedAt.ToUnixTimeMilliseconds()],
                cancellationToken).ConfigureAwait(false);
        }

        var ids = await WriteOutboxAsync(connection, commit.ConversationId, commit.Outbox, now, cancellationToken).ConfigureAwait(false);
        return new CommitResult(etag, ids);
    }

    public static async Task<IReadOnlyList<long>> WriteOutboxAsync(NpgsqlConnection connection, string conversationId, IReadOnlyList<NewOutboxItem> items, long now, CancellationToken cancellationToken)
    {
        var ids = new List<long>(items.Count);
        foreach (var item in items)
        {
            await using var command = PostgresStateStore.Command(
                connection,
                "INSERT INTO outbox (conversation_id, kind, payload, due_at, created_at, user_id, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                [conversationId, item.Kind, item.PayloadJson, item.DueAt?.ToUnixTimeMilliseconds() ?? now, now, item.UserId, item.ExpiresAt?.ToUnixTimeMilliseconds()]);
            ids.Add((long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!);
        }

        return ids;
    }

    private static async Task<string?> WriteStateAsync(NpgsqlConnection connection, TurnCommit commit, long now, CancellationToken cancellationToken)
    {
        if (commit.Key is not { } key || commit.StateJson is null)
        {
            return null;
        }

        int written;
        long next;
        if (commit.ExpectedETag is null)
        {
            // First state for this user here: nothing is written if a racing writer created it first.
            next = 1;
            written = await PostgresStateStore.ExecuteAsync(
                connection,
                "INSERT INTO dialog_state (conversation_id, user_id, etag, state, updated_at) VALUES ($1, $2, 1, $3, $4) ON CONFLICT DO NOTHING",
                [key.ConversationId, key.UserId, commit.StateJson, now],
                cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var expected = long.Parse(commit.ExpectedETag, CultureInfo.InvariantCulture);
            next = expected + 1;
            written = await PostgresStateStore.ExecuteAsync(
                connection,
                "UPDATE dialog_state SET etag = etag + 1, state = $3, updated_at = $4 WHERE conversation_id = $1 AND user_id = $2 AND etag = $5",
                [key.ConversationId, key.UserId, commit.StateJson, now, expected],
                cancellationToken).ConfigureAwait(false);
        }

        return written == 1 ? next.ToString(CultureInfo.InvariantCulture) : throw new StateConflictException();
    }
}
