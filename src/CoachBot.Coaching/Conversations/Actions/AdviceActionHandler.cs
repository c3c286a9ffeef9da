using CoachBot.Coaching.Policy;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// Carries out the escalation and feedback buttons from the stored explanation of the last advice, so they work
/// whichever dialog is active (or none). The side effects carry rule ids and facts' names, never user text.
/// </summary>
internal sealed class AdviceActionHandler(CoachingServices services)
{
    public async Task EscalateAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var explanation = dc.GetExplanation<CoachingExplanation>();
        if (explanation is null)
        {
            await dc.SendAsync(CoachTexts.NothingToEscalate, cancellationToken).ConfigureAwait(false);
            return;
        }

        var policy = services.Policy;
        var target = explanation.EscalationTarget ?? "duty_manager";
        var contacts = policy.OnDuty(services.Now)
            .OrderByDescending(r => r.Role == StaffRole.DutyManager)
            .Select(r => new EscalationContact(r.Name, StaffRoles.Key(r.Role)))
            .ToList();
        dc.AddSideEffect(SideEffectKinds.Escalation, new EscalationPayload(
            policy.PropertyId,
            explanation.Intent,
            explanation.Classification,
            explanation.RuleIds,
            target,
            explanation.EscalationUrgency ?? "routine",
            StaffRoles.Key(services.RoleOf(dc.Turn)),
            contacts,
            policy.ReminderMinutes,
            dc.Language.Tag));

        // Security has no roster of its own: the card goes to the duty desk, but the staffer must not read that the duty manager is coming.
        var said = target == "security"
            ? CoachTexts.SecurityCalled.For(dc.Language)
            : CoachTexts.EscalationSent.Format(dc.Language, contacts.Count > 0 ? CoachTexts.Person(contacts[0], dc.Language) : CoachTexts.DutyManager.For(dc.Language));
        await dc.SendAsync(Reply.Say(said), cancellationToken).ConfigureAwait(false);
    }

    public static async Task FeedbackAsync(DialogContext dc, bool helpful, CancellationToken cancellationToken)
    {
        if (dc.GetExplanation<CoachingExplanation>() is { } explanation)
        {
            dc.AddSideEffect(SideEffectKinds.Feedback, new FeedbackPayload(explanation.RuleIds, helpful, explanation.Intent, explanation.Classification));
        }

        await dc.SendAsync(CoachTexts.FeedbackThanks, cancellationToken).ConfigureAwait(false);
    }
}
