using System.Text.Json;
using CoachBot.Coaching.Conversations;
using CoachBot.Dialogs;

namespace CoachBot.State;

/// <summary>
/// The quiz answers <see cref="Effects.QuizAnswerOutboxHandler"/> stored, read back for the quiz (what is due) and "my
/// scores": only that trainee's rows, and a row that does not parse is skipped rather than failing the turn.
/// </summary>
internal sealed partial class StoredTrainingRecords(ITrainingStore store, ILogger<StoredTrainingRecords> logger) : ITrainingRecords
{
    public async Task<IReadOnlyList<QuizAnswerPayload>> ReadAnswersAsync(string userId, CancellationToken cancellationToken)
    {
        var rows = await store.GetTrainingResultsAsync(userId, TrainingResult.QuizKind, cancellationToken).ConfigureAwait(false);
        var answers = new List<QuizAnswerPayload>(rows.Count);
        foreach (var row in rows)
        {
            try
            {
                if (JsonSerializer.Deserialize<QuizAnswerPayload>(row.Json, DialogStateSerializer.Options) is { } answer)
                {
                    answers.Add(answer);
                }
            }
            catch (JsonException)
            {
                LogUnreadable(logger, row.SourceId);
            }
        }

        return answers;
    }

    [LoggerMessage(EventId = 5006, Level = LogLevel.Warning, Message = "Stored quiz answer {SourceId} could not be read; it is left out")]
    private static partial void LogUnreadable(ILogger logger, long sourceId);
}
