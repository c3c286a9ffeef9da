using CoachBot.Coaching.Conversations;
using CoachBot.Hosting;
using CoachBot.Outbox;
using CoachBot.State;
using Microsoft.Extensions.Options;

namespace CoachBot.Effects;

/// <summary>
/// Stores a trainee's quiz answer (the question, the verdict, the question's memory card) in their training results,
/// kept for <see cref="CoachBotOptions.TrainingRetentionDays"/>. Keyed by the outbox item, so a retry stores it once.
/// </summary>
internal sealed partial class QuizAnswerOutboxHandler(IStateStore store, IOptions<CoachBotOptions> options, ILogger<QuizAnswerOutboxHandler> logger) : IOutboxHandler
{
    public string Kind => SideEffectKinds.QuizAnswer;

    public async Task HandleAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(item.UserId))
        {
            throw new OutboxDeliveryException("A quiz answer without its trainee.", permanent: true);
        }

        var answer = OutboxPayload.Read<QuizAnswerPayload>(item);
        var expiresAt = answer.AnsweredAt.AddDays(options.Value.TrainingRetentionDays);
        var result = new TrainingResult(item.Id, item.UserId, TrainingResult.QuizKind, answer.QuestionId, answer.Topic, answer.Right, answer.AnsweredAt, expiresAt, item.PayloadJson);
        result = await TraineeNames.NamedAsync(store, item, result, cancellationToken).ConfigureAwait(false);
        await store.AddTrainingResultAsync(result, cancellationToken).ConfigureAwait(false);
        LogStored(logger, item.Id, answer.QuestionId, answer.Right);
    }

    [LoggerMessage(EventId = 5005, Level = LogLevel.Information, Message = "Quiz answer {ItemId} stored: question {QuestionId}, right {Right}")]
    private static partial void LogStored(ILogger logger, long itemId, string questionId, bool right);
}
