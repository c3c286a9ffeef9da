using System.Text.Json;
using CoachBot.Coaching.Content;
using CoachBot.Dialogs;
using CoachBot.Outbox;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Teams;
using CoachBot.State;
using CoachBot.Turns;

namespace CoachBot.Escalations;

/// <summary>
/// The two escalation actions a manager takes in Teams, handled before the dialogs: "set duty desk
/// here" registers the conversation that receives escalations; Acknowledge on an escalation card tells
/// the staffer someone is coming. Both are refused to anyone without a manager role, and nothing is recorded.
/// </summary>
internal sealed class EscalationCommands(EscalationStore escalations, TimeProvider timeProvider, ILogger<EscalationCommands> logger)
{
    private static readonly string[] ManagerRoles = ["duty_manager", "supervisor"];

    /// <summary>
    /// The turn's plan when it is "set duty desk here" or an Acknowledge press, else null; answered in the texts of the
    /// content set the turn started with. The desk is the one of the property whose policy that set carries (a hotel
    /// group's team or tenant: <c>Coaching:Properties</c>).
    /// </summary>
    public async Task<TurnPlan?> TryHandleAsync(
        Activity activity, IncomingTurn turn, CommandMatch? command, ContentSet content, ConversationRecord reference, CancellationToken cancellationToken)
    {
        var texts = content.Texts;
        var commandLanguage = command is { } match && match.Command == EscalationTexts.SetDutyDesk ? match.Language : null;
        var isDeskCommand = commandLanguage is not null;
        var ackedId = EscalationCard.AckedId(turn.Value);
        if (!isDeskCommand && ackedId is null)
        {
            return null;
        }

        var language = commandLanguage ?? ReplyLanguage.FromTag(turn.Locale) ?? ReplyLanguage.English;
        if (!ManagerRoles.Any(turn.IsInRole))
        {
            EscalationLog.Refused(logger, turn.ConversationId);
            return Say(activity, texts.For(EscalationTexts.ManagersOnly, language), reference);
        }

        if (isDeskCommand)
        {
            await escalations.SetDeskAsync(content.Policy.PropertyId, reference, cancellationToken).ConfigureAwait(false);
            EscalationLog.DeskRegistered(logger, turn.ConversationId);
            return Say(activity, texts.For(EscalationTexts.DeskSet, language), reference);
        }

        return await AcknowledgeAsync(activity, turn, texts, ackedId!.Value, language, reference, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TurnPlan> AcknowledgeAsync(
        Activity activity, IncomingTurn turn, TextCatalog texts, long id, ReplyLanguage language, ConversationRecord reference, CancellationToken cancellationToken)
    {
        var record = await escalations.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return TurnPlan.Ignore;
        }

        if (record.IsAcknowledged)
        {
            return Say(activity, texts.Format(EscalationTexts.AlreadyAcknowledged, language, record.AcknowledgedBy), reference);
        }

        var manager = turn.UserName ?? turn.UserId;
        await escalations.UpdateAsync(id, latest => latest with { Status = EscalationRecord.Acknowledged, AcknowledgedBy = manager, UpdatedAt = timeProvider.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
        EscalationLog.Acknowledged(logger, id, turn.ConversationId);
        var plan = Say(activity, texts.Format(EscalationTexts.AckConfirmed, language, manager), reference);
        if (record.Card is not null)
        {
            var update = new SideEffect(EscalationCardUpdate.Kind, JsonSerializer.SerializeToElement(new EscalationCardUpdate(id), EscalationJson.Options));
            plan = plan with { Effects = [update] };
        }

        var staff = await escalations.GetConversationAsync(record.StaffConversationId, cancellationToken).ConfigureAwait(false);
        if (staff is null)
        {
            return plan;
        }

        // The note to the staffer goes through the outbox with this turn, so it is not lost if the Connector fails.
        var staffLanguage = record.Facts.StaffLanguage(staff);
        var note = ProactiveActivity.To(staff, new Activity { Text = texts.Format(EscalationTexts.Acknowledged, staffLanguage, manager) });
        var effect = new SideEffect(ReplyEnvelope.OutboxKind, JsonSerializer.SerializeToElement(note, ProtocolJson.Options));
        return plan with { Effects = [.. plan.Effects, effect] };
    }

    private static TurnPlan Say(Activity activity, string text, ConversationRecord reference) =>
        new() { Replies = [activity.CreateReply(text)], Conversation = reference };
}
