using Npgsql;

namespace CoachBot.State.Postgres;

public sealed partial class PostgresStateStore
{
    public Task AddTrainingResultAsync(TrainingResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        return ExecuteAsync(
            """
            INSERT INTO training_result (source_id, user_id, kind, item_id, topic, passed, recorded_at, expires_at, result, user_name, user_aad)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (source_id) DO NOTHING
            """,
            [result.SourceId, result.UserId, result.Kind, result.ItemId, result.Topic, result.Passed, result.RecordedAt.ToUnixTimeMilliseconds(),
                result.ExpiresAt.ToUnixTimeMilliseconds(), result.Json, result.UserName, result.UserAad],
            cancellationToken);
    }

    public async Task<IReadOnlyList<TrainingResult>> GetTrainingResultsAsync(string userId, string kind, CancellationToken cancellationToken) =>
        await ListAsync(
            """
            SELECT source_id, user_id, kind, item_id, topic, passed, recorded_at, expires_at, result, user_name, user_aad FROM training_result
            WHERE user_id = $1 AND kind = $2 ORDER BY recorded_at, source_id
            """,
            [userId, kind],
            ReadTrainingResult,
            cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<TrainingResult>> GetTrainingResultsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        await ListAsync(
            """
            SELECT source_id, user_id, kind, item_id, topic, passed, recorded_at, expires_at, result, user_name, user_aad FROM training_result
            WHERE recorded_at >= $1 ORDER BY recorded_at, source_id
            """,
            [since.ToUnixTimeMilliseconds()],
            ReadTrainingResult,
            cancellationToken).ConfigureAwait(false);

    public async Task<bool> AddChannelAnswerAsync(ChannelQuizAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return await ExecuteAsync(
            """
            INSERT INTO channel_quiz_answer (quiz_id, question, user_id, option, "right", points, answered_at, expires_at, user_name, user_aad)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (quiz_id, question, user_id) DO NOTHING
            """,
            [answer.QuizId, answer.Question, answer.UserId, answer.Option, answer.Right, answer.Points, answer.AnsweredAt.ToUnixTimeMilliseconds(),
                answer.ExpiresAt.ToUnixTimeMilliseconds(), answer.UserName, answer.UserAad],
            cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<IReadOnlyList<ChannelQuizAnswer>> GetChannelAnswersAsync(string quizId, CancellationToken cancellationToken) =>
        await ListAsync(
            """
            SELECT question, user_id, option, "right", points, answered_at, expires_at, user_name, user_aad FROM channel_quiz_answer
            WHERE quiz_id = $1 ORDER BY question, answered_at
            """,
            [quizId],
            r => new ChannelQuizAnswer(quizId, r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetBoolean(3), r.GetInt32(4), Time(r.GetInt64(5)), Time(r.GetInt64(6)))
            {
                UserName = r.IsDBNull(7) ? null : r.GetString(7),
                UserAad = r.IsDBNull(8) ? null : r.GetString(8),
            },
            cancellationToken).ConfigureAwait(false);

    private static TrainingResult ReadTrainingResult(NpgsqlDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4), r.GetBoolean(5), Time(r.GetInt64(6)), Time(r.GetInt64(7)), r.GetString(8))
        {
            UserName = r.IsDBNull(9) ? null : r.GetString(9),
            UserAad = r.IsDBNull(10) ? null : r.GetString(10),
        };
}
