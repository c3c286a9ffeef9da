using CoachBot.Coaching.Conversations;
using CoachBot.Hosting;
using CoachBot.Outbox;
using CoachBot.State;
using Microsoft.Extensions.Options;

namespace CoachBot.Effects;

/// <summary>
/// Stores a trainee's finished role-play (the case, checks passed of checks graded, the checks failed) in their training
/// results, kept for <see cref="CoachBotOptions.TrainingRetentionDays"/>. Keyed by the outbox item, so a retry stores it once.
/// </summary>
internal sealed partial class RolePlayResultOutboxHandler(IStateStore store, IOptions<CoachBotOptions> options, ILogger<RolePlayResultOutboxHandler> logger) : IOutboxHandler
{
    public string Kind => SideEffectKinds.RolePlayResult;

    public async Task HandleAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(item.UserId))
        {
            throw new OutboxDeliveryException("A role-play result without its trainee.", permanent: true);
        }

        var result = OutboxPayload.Read<RolePlayResultPayload>(item);
        var expiresAt = result.FinishedAt.AddDays(options.Value.TrainingRetentionDays);
        var stored = new TrainingResult(item.Id, item.UserId, TrainingResult.RolePlayKind, result.ScenarioId, null, result.Passed, result.FinishedAt, expiresAt, item.PayloadJson);
        stored = await TraineeNames.NamedAsync(store, item, stored, cancellationToken).ConfigureAwait(false);
        await store.AddTrainingResultAsync(stored, cancellationToken).ConfigureAwait(false);
        LogStored(logger, item.Id, result.ScenarioId, result.ChecksPassed, result.ChecksTotal);
    }

    [LoggerMessage(EventId = 5010, Level = LogLevel.Information, Message = "Role-play result {ItemId} stored: case {ScenarioId}, {ChecksPassed} of {ChecksTotal} checks")]
    private static partial void LogStored(ILogger logger, long itemId, string scenarioId, int checksPassed, int checksTotal);
}
