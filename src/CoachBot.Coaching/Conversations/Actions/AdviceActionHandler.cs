using CoachBot.Coaching.Policy;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// Carries out the escalation and feedback buttons from the stored explanation of the last advice, so they work
/// whichever dialog is active (or none). The side effects carry rule ids and facts' names, never user text.
/// </summary>
internal sealed class AdviceActionHandler(CoachingServices services)
{
    /// <summary>
    /// Queues the escalation; the staffer's one status message ("Calling Minh now" once the duty desk has the card,
    /// or "phone Minh now" when there is no desk) comes from the host, which knows whether anyone was alerted.
    /// </summary>
    public async Task EscalateAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var press = EscalationPress.Read(dc.Turn);
        var explanation = dc.GetExplanation<CoachingExplanation>();
        var current = explanation is not null && (press.Sequence is null || explanation.Memory?.Sequence == press.Sequence);
        if (!current && press.Target is null)
        {
            await dc.SendAsync(CoachTexts.NothingToEscalate, cancellationToken).ConfigureAwait(false);
            return;
        }

        var policy = services.Policy;
        var contacts = policy.OnDuty(services.Now)
            .OrderByDescending(r => r.Role == StaffRole.DutyManager)
            .Select(r => new EscalationContact(r.Name, StaffRoles.Key(r.Role)))
            .ToList();

        // A button from an older card still calls, for whom it says and at once; the newer advice's facts are not its.
        dc.AddSideEffect(SideEffectKinds.Escalation, new EscalationPayload(
            policy.PropertyId,
            current ? explanation!.Intent : "unknown",
            current ? explanation!.Classification : null,
            current ? explanation!.RuleIds : [],
            (current ? explanation!.EscalationTarget : null) ?? press.Target ?? "duty_manager",
            (current ? explanation!.EscalationUrgency : null) ?? "immediate",
            StaffRoles.Key(services.RoleOf(dc.Turn)),
            contacts,
            policy.ReminderMinutes,
            dc.Language.Tag));
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
