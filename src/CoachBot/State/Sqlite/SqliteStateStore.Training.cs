using Microsoft.Data.Sqlite;

namespace CoachBot.State.Sqlite;

/// <summary>The SQLite store's training results and channel quiz answers (see <see cref="ITrainingStore"/>, schema steps 6 to 9).</summary>
public sealed partial class SqliteStateStore
{
    public Task AddTrainingResultAsync(TrainingResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        return ExecuteAsync(
            """
            INSERT INTO training_result (source_id, user_id, kind, item_id, topic, passed, recorded_at, expires_at, result, user_name, user_aad)
            VALUES ($s, $u, $k, $i, $t, $p, $r, $x, $j, $name, $aad) ON CONFLICT (source_id) DO NOTHING
            """,
            p => p.With("$s", result.SourceId).With("$u", result.UserId).With("$k", result.Kind).With("$i", result.ItemId).With("$t", result.Topic)
                .With("$p", result.Passed ? 1 : 0).With("$r", result.RecordedAt.ToUnixTimeMilliseconds())
                .With("$x", result.ExpiresAt.ToUnixTimeMilliseconds()).With("$j", result.Json)
                .With("$name", result.UserName).With("$aad", result.UserAad),
            cancellationToken);
    }

    public async Task<IReadOnlyList<TrainingResult>> GetTrainingResultsAsync(string userId, string kind, CancellationToken cancellationToken) =>
        await QueryListAsync(
            """
            SELECT source_id, user_id, kind, item_id, topic, passed, recorded_at, expires_at, result, user_name, user_aad FROM training_result
            WHERE user_id = $u AND kind = $k ORDER BY recorded_at, source_id
            """,
            p => p.With("$u", userId).With("$k", kind),
            ReadTrainingResult,
            cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<TrainingResult>> GetTrainingResultsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        await QueryListAsync(
            """
            SELECT source_id, user_id, kind, item_id, topic, passed, recorded_at, expires_at, result, user_name, user_aad FROM training_result
            WHERE recorded_at >= $since ORDER BY recorded_at, source_id
            """,
            p => p.With("$since", since.ToUnixTimeMilliseconds()),
            ReadTrainingResult,
            cancellationToken).ConfigureAwait(false);

    private static TrainingResult ReadTrainingResult(SqliteDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4), r.GetInt64(5) != 0,
            DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(6)), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(7)), r.GetString(8))
        {
            UserName = r.IsDBNull(9) ? null : r.GetString(9),
            UserAad = r.IsDBNull(10) ? null : r.GetString(10),
        };

    public async Task<bool> AddChannelAnswerAsync(ChannelQuizAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return await ExecuteAsync(
            """
            INSERT INTO channel_quiz_answer (quiz_id, question, user_id, option, right, points, answered_at, expires_at, user_name, user_aad)
            VALUES ($q, $n, $u, $o, $r, $p, $a, $x, $name, $aad) ON CONFLICT (quiz_id, question, user_id) DO NOTHING
            """,
            p => p.With("$q", answer.QuizId).With("$n", answer.Question).With("$u", answer.UserId).With("$o", answer.Option)
                .With("$r", answer.Right ? 1 : 0).With("$p", answer.Points).With("$a", answer.AnsweredAt.ToUnixTimeMilliseconds())
                .With("$x", answer.ExpiresAt.ToUnixTimeMilliseconds()).With("$name", answer.UserName).With("$aad", answer.UserAad),
            cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<IReadOnlyList<ChannelQuizAnswer>> GetChannelAnswersAsync(string quizId, CancellationToken cancellationToken) =>
        await QueryListAsync(
            """
            SELECT question, user_id, option, right, points, answered_at, expires_at, user_name, user_aad FROM channel_quiz_answer
            WHERE quiz_id = $q ORDER BY question, answered_at
            """,
            p => p.With("$q", quizId),
            r => new ChannelQuizAnswer(
                quizId, r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetInt64(3) != 0, r.GetInt32(4),
                DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(5)), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(6)))
            {
                UserName = r.IsDBNull(7) ? null : r.GetString(7),
                UserAad = r.IsDBNull(8) ? null : r.GetString(8),
            },
            cancellationToken).ConfigureAwait(false);
}
