using CoachBot.Dialogs;

namespace CoachBot.Escalations;

/// <summary>What the bot says around escalations, in English, Vietnamese and Chinese.</summary>
internal static class EscalationTexts
{
    public static TextId DeskSet { get; } = new("escalation.desk-set");

    public static TextId ManagersOnly { get; } = new("escalation.managers-only");

    // The staffer's one status once the card reached the desk ({0}: who is on duty); said only when it is true.
    public static TextId SentToManager { get; } = new("escalation.sent-to-manager");

    public static TextId NoDesk { get; } = new("escalation.no-desk");

    public static TextId Acknowledged { get; } = new("escalation.acknowledged");

    public static TextId AckConfirmed { get; } = new("escalation.ack-confirmed");

    public static TextId AlreadyAcknowledged { get; } = new("escalation.already-acknowledged");

    public static TextId DeliveryFailed { get; } = new("escalation.delivery-failed");

    public static TextId NobodyAcknowledged { get; } = new("escalation.nobody-acknowledged");

    public static TextId SentToSecurity { get; } = new("escalation.sent-to-security");

    public static TextId NoDeskForSecurity { get; } = new("escalation.no-desk-for-security");

    public static TextId DeliveryFailedForSecurity { get; } = new("escalation.delivery-failed-for-security");

    public static TextId NobodyAcknowledgedForSecurity { get; } = new("escalation.nobody-acknowledged-for-security");

    /// <summary>The note that the desk has the escalation, naming whom the staffer called.</summary>
    /// <summary>Whom to phone or who is being called: the first person on duty from the roster, else "the duty manager".</summary>
    public static string Who(TextCatalog texts, EscalationFacts facts, ReplyLanguage language) =>
        facts.Roster.Count > 0 ? EscalationCard.Person(texts, facts.Roster[0], language) : texts.For(TheDutyManager, language);

    public static TextId TheDutyManager { get; } = new("escalation.the-duty-manager");

    public static TextId Sent(EscalationFacts facts) => facts.ForSecurity ? SentToSecurity : SentToManager;

    /// <summary>No desk to alert: phone whom the staffer called.</summary>
    public static TextId NoDeskFor(EscalationFacts facts) => facts.ForSecurity ? NoDeskForSecurity : NoDesk;

    /// <summary>The desk cannot be reached: phone whom the staffer called.</summary>
    public static TextId DeliveryFailedFor(EscalationFacts facts) => facts.ForSecurity ? DeliveryFailedForSecurity : DeliveryFailed;

    /// <summary>Nobody acknowledged in time: phone whom the staffer called.</summary>
    public static TextId NobodyAcknowledgedFor(EscalationFacts facts) => facts.ForSecurity ? NobodyAcknowledgedForSecurity : NobodyAcknowledged;

    /// <summary>"set duty desk here" (in any language, see texts.yaml): the duty manager makes this channel the desk.</summary>
    public static CommandId SetDutyDesk { get; } = new("desk.set-duty-desk");
}
