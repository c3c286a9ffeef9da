using CoachBot.ChannelQuizzes;
using CoachBot.Coaching.Conversations;
using CoachBot.Escalations;
using CoachBot.Outbox;
using CoachBot.State;

namespace CoachBot.Effects;

/// <summary>
/// "Forget my data": deletes every stored copy of the user's data — dialog state everywhere, call notes, feedback
/// votes, outbox items, answers kept for redelivery, their closed escalations — and their name from their chat's
/// reference. An escalation still waiting to reach the duty desk, or waiting there for a manager, is kept, no longer
/// linked to the user and without their name: the guest still needs a manager. They leave the rosters of channel quizzes.
/// </summary>
internal sealed partial class ForgetUserOutboxHandler(
    IStateStore store, EscalationStore escalations, ChannelQuizStore channelQuizzes, ILogger<ForgetUserOutboxHandler> logger) : IOutboxHandler
{
    private static readonly string[] KeptPendingKinds = [EscalationOutboxHandler.EscalationKind];

    public string Kind => "forget-user";

    public async Task HandleAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var userId = OutboxPayload.Read<ForgetUserPayload>(item).UserId;
        if (string.IsNullOrEmpty(userId))
        {
            throw new OutboxDeliveryException("A forget request without a user id.", permanent: true);
        }

        // Open escalations are unlinked first, so the deletion of the user's records leaves them; a retry repeats both steps.
        await escalations.ForgetStaffAsync(userId, cancellationToken).ConfigureAwait(false);
        await channelQuizzes.ForgetMemberAsync(userId, cancellationToken).ConfigureAwait(false);
        await store.DeleteUserDataAsync(userId, KeptPendingKinds, cancellationToken).ConfigureAwait(false);
        LogForgotten(logger, item.Id);
    }

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Forget request {ItemId}: the user's stored data was deleted")]
    private static partial void LogForgotten(ILogger logger, long itemId);
}
