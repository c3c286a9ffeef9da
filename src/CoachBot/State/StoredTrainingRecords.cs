using System.Text.Json;
using CoachBot.Coaching.Conversations;
using CoachBot.Dialogs;

namespace CoachBot.State;

/// <summary>
/// The quiz answers and role-play results the training handlers stored, read back for the quiz (what is due) and "my
/// scores": only that trainee's rows, and a row that does not parse is skipped rather than failing the turn.
/// </summary>
internal sealed partial class StoredTrainingRecords(ITrainingStore store, ILogger<StoredTrainingRecords> logger) : ITrainingRecords
{
    public Task<IReadOnlyList<QuizAnswerPayload>> ReadAnswersAsync(string userId, CancellationToken cancellationToken) =>
        ReadAsync<QuizAnswerPayload>(userId, TrainingResult.QuizKind, cancellationToken);

    public Task<IReadOnlyList<RolePlayResultPayload>> ReadRolePlaysAsync(string userId, CancellationToken cancellationToken) =>
        ReadAsync<RolePlayResultPayload>(userId, TrainingResult.RolePlayKind, cancellationToken);

    private async Task<IReadOnlyList<T>> ReadAsync<T>(string userId, string kind, CancellationToken cancellationToken)
    {
        var rows = await store.GetTrainingResultsAsync(userId, kind, cancellationToken).ConfigureAwait(false);
        var results = new List<T>(rows.Count);
        foreach (var row in rows)
        {
            try
            {
                if (JsonSerializer.Deserialize<T>(row.Json, DialogStateSerializer.Options) is { } result)
                {
                    results.Add(result);
                }
            }
            catch (JsonException)
            {
                LogUnreadable(logger, row.SourceId);
            }
        }

        return results;
    }

    [LoggerMessage(EventId = 5006, Level = LogLevel.Warning, Message = "Stored training result {SourceId} could not be read; it is left out")]
    private static partial void LogUnreadable(ILogger logger, long sourceId);
}
