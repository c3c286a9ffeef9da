namespace CoachBot.Escalations;

/// <summary>
/// The payload of an "escalation-reminder" outbox item: which escalation, and which step of the chain
/// (1 = first reminder; one past the last reminder = tell the staffer nobody acknowledged).
/// </summary>
internal sealed record EscalationReminder(long EscalationId, int Number)
{
    public const string OutboxKind = "escalation-reminder";

    /// <summary>Reminders before giving up: one per further person on the roster, and at least one.</summary>
    public static int MaxFor(EscalationFacts facts) => Math.Max(1, facts.Roster.Count - 1);
}
