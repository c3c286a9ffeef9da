using System.Globalization;
using Npgsql;

namespace CoachBot.State.Postgres;

/// <summary>
/// A turn's writes, inside the caller's transaction: state (checked against its ETag), the redelivery record, the
/// conversation, the outbox. They go as one batch, so a turn's commit is one round trip and the COMMIT: on a database
/// across a network, each statement sent on its own would add its latency to every turn.
/// </summary>
internal static class PostgresTurnWriter
{
    public static async Task<CommitResult> WriteAsync(NpgsqlConnection connection, TurnCommit commit, long now, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection);
        var state = AddState(batch, commit, now);
        if (commit.ActivityId is not null)
        {
            batch.BatchCommands.Add(PostgresStateStore.BatchCommand(
                """
                INSERT INTO processed_activity (conversation_id, activity_id, status_code, response, processed_at, user_id) VALUES ($1, $2, $3, $4, $5, $6)
                ON CONFLICT (conversation_id, activity_id) DO UPDATE SET status_code = $3, response = $4, processed_at = $5, user_id = $6
                """,
                [commit.ConversationId, commit.ActivityId, commit.Response.StatusCode, commit.Response.Response, commit.Response.ProcessedAt.ToUnixTimeMilliseconds(), commit.UserId]));
        }

        if (commit.Conversation is { } conversation)
        {
            batch.BatchCommands.Add(PostgresStateStore.BatchCommand(
                """
                INSERT INTO conversation (conversation_id, reference, welcomed, updated_at) VALUES ($1, $2, $3, $4)
                ON CONFLICT (conversation_id) DO UPDATE SET reference = $2, welcomed = conversation.welcomed OR $3, updated_at = $4
                """,
                [conversation.ConversationId, conversation.ReferenceJson, conversation.Welcomed, conversation.UpdatedAt.ToUnixTimeMilliseconds()]));
        }

        AddOutbox(batch, commit.ConversationId, commit.Outbox, now);
        var ids = await ExecuteAsync(batch, commit.Outbox.Count, cancellationToken).ConfigureAwait(false);

        // A state written over a newer one is not written at all: the transaction is not committed, so neither is the rest.
        if (state is { } written && batch.BatchCommands[written.Index].RecordsAffected != 1)
        {
            throw new StateConflictException();
        }

        return new CommitResult(state?.ETag, ids);
    }

    public static async Task<IReadOnlyList<long>> WriteOutboxAsync(NpgsqlConnection connection, string conversationId, IReadOnlyList<NewOutboxItem> items, long now, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection);
        AddOutbox(batch, conversationId, items, now);
        return await ExecuteAsync(batch, items.Count, cancellationToken).ConfigureAwait(false);
    }

    private static void AddOutbox(NpgsqlBatch batch, string conversationId, IReadOnlyList<NewOutboxItem> items, long now)
    {
        foreach (var item in items)
        {
            batch.BatchCommands.Add(PostgresStateStore.BatchCommand(
                "INSERT INTO outbox (conversation_id, kind, payload, due_at, created_at, user_id, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                [conversationId, item.Kind, item.PayloadJson, item.DueAt?.ToUnixTimeMilliseconds() ?? now, now, item.UserId, item.ExpiresAt?.ToUnixTimeMilliseconds()]));
        }
    }

    /// <summary>Runs the batch; the outbox ids, in order (only the outbox inserts return rows).</summary>
    private static async Task<IReadOnlyList<long>> ExecuteAsync(NpgsqlBatch batch, int outboxItems, CancellationToken cancellationToken)
    {
        var ids = new List<long>(outboxItems);
        if (batch.BatchCommands.Count == 0)
        {
            return ids;
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        do
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                ids.Add(reader.GetInt64(0));
            }
        }
        while (await reader.NextResultAsync(cancellationToken).ConfigureAwait(false));
        return ids;
    }

    /// <summary>Adds the state's write; its place in the batch and the ETag it gives, or null when the turn keeps no state.</summary>
    private static (int Index, string ETag)? AddState(NpgsqlBatch batch, TurnCommit commit, long now)
    {
        if (commit.Key is not { } key || commit.StateJson is null)
        {
            return null;
        }

        if (commit.ExpectedETag is null)
        {
            // First state for this user here: nothing is written if a racing writer created it first.
            batch.BatchCommands.Add(PostgresStateStore.BatchCommand(
                "INSERT INTO dialog_state (conversation_id, user_id, etag, state, updated_at) VALUES ($1, $2, 1, $3, $4) ON CONFLICT DO NOTHING",
                [key.ConversationId, key.UserId, commit.StateJson, now]));
            return (batch.BatchCommands.Count - 1, "1");
        }

        var expected = long.Parse(commit.ExpectedETag, CultureInfo.InvariantCulture);
        batch.BatchCommands.Add(PostgresStateStore.BatchCommand(
            "UPDATE dialog_state SET etag = etag + 1, state = $3, updated_at = $4 WHERE conversation_id = $1 AND user_id = $2 AND etag = $5",
            [key.ConversationId, key.UserId, commit.StateJson, now, expected]));
        return (batch.BatchCommands.Count - 1, (expected + 1).ToString(CultureInfo.InvariantCulture));
    }
}
