namespace CoachBot.Escalations;

/// <summary>
/// An escalation's status, kept under <c>escalation:{id}</c>: what the desk was shown (facts only, no guest
/// data, no user text), who acknowledged, and how far the reminders got, so a retried step is not repeated.
/// </summary>
internal sealed record EscalationRecord(long Id, string StaffConversationId, string Status, DateTimeOffset UpdatedAt)
{
    public const string Sent = "sent";
    public const string NoDesk = "no-desk";
    public const string DeskUnreachable = "desk-unreachable";
    public const string Acknowledged = "acknowledged";

    public string? StaffName { get; init; }

    public EscalationFacts Facts { get; init; } = EscalationFacts.None;

    public string? AcknowledgedBy { get; init; }

    /// <summary>Where the desk's card is, so it can be replaced once acknowledged; null when the channel gave no id.</summary>
    public DeskCard? Card { get; init; }

    /// <summary>How many reminder cards the desk has been sent.</summary>
    public int RemindersSent { get; init; }

    /// <summary>The staffer was told that nobody acknowledged in time.</summary>
    public bool StaffToldUnanswered { get; init; }

    public bool IsAcknowledged => Status == Acknowledged;

    public static string KeyFor(long id) => $"escalation:{id}";
}
