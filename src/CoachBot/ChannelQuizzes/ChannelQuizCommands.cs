using CoachBot.Coaching.Content;
using CoachBot.Dialogs;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Teams;
using CoachBot.State;
using CoachBot.Turns;

namespace CoachBot.ChannelQuizzes;

/// <summary>
/// Channel quizzes at turn time, before the dialogs: a press on a quiz card (<see cref="ChannelQuizPresses"/>), or, in a
/// channel or group chat, a trainer's "start quiz …" or "end quiz" (<see cref="ChannelQuizStarter"/>). Anything else is
/// left to the dialogs. Moving a quiz on (posting, closing, ending) is left to <see cref="ChannelQuizStepHandler"/>.
/// </summary>
internal sealed class ChannelQuizCommands(ChannelQuizStarter starter, ChannelQuizPresses presses)
{
    public const string TrainerRole = "trainer";

    public async Task<TurnPlan?> TryHandleAsync(
        InboundActivity inbound, IncomingTurn turn, CommandMatch? command, ContentSet content, ConversationRecord reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(content);
        if (ChannelQuizAction.Read(turn.Value) is { } action)
        {
            return await presses.HandleAsync(inbound, turn, content.Texts, action, reference, cancellationToken).ConfigureAwait(false);
        }

        return turn.ConversationType == ConversationTypes.Personal || turn.Text is not { Length: > 0 }
            ? null
            : await starter.TryHandleAsync(inbound, turn, command, content, reference, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A short message in answer: the invoke's message response, or a reply for a message.</summary>
    public static TurnPlan Message(InboundActivity inbound, string text, ConversationRecord reference) =>
        inbound.Activity.IsType(ActivityTypes.Invoke)
            ? new TurnPlan { Conversation = reference, Invoke = new InvokeResponse(200, new AdaptiveCardInvokeResponse(200, AdaptiveCardInvokeResponse.MessageType, text)) }
            : new TurnPlan { Replies = [inbound.Activity.CreateReply(text)], Conversation = reference };
}
