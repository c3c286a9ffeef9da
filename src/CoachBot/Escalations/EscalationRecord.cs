namespace CoachBot.Escalations;

/// <summary>
/// An escalation's status, kept under <c>escalation:{id}</c>: what the desk was shown (facts only, no guest
/// data, no user text), who acknowledged, and how far the reminders got, so a retried step is not repeated.
/// It is the staffer's record: "forget my data" deletes it once it is closed, and while it is still open takes
/// their name and id out of it (see <see cref="WithoutStaff"/>).
/// </summary>
internal sealed record EscalationRecord(long Id, string StaffConversationId, string Status, DateTimeOffset UpdatedAt)
{
    public const string Sent = "sent";
    public const string NoDesk = "no-desk";
    public const string DeskUnreachable = "desk-unreachable";
    public const string Acknowledged = "acknowledged";

    /// <summary>Who asked, as their chat showed them; null when unknown or forgotten (the card shows the role alone).</summary>
    public string? StaffName { get; init; }

    /// <summary>The staffer's channel user id: whose record this is, for "forget my data"; null once forgotten.</summary>
    public string? StaffUserId { get; init; }

    public EscalationFacts Facts { get; init; } = EscalationFacts.None;

    public string? AcknowledgedBy { get; init; }

    /// <summary>Where the desk's card is, so it can be replaced once acknowledged; null when the channel gave no id.</summary>
    public DeskCard? Card { get; init; }

    /// <summary>How many reminder cards the desk has been sent.</summary>
    public int RemindersSent { get; init; }

    /// <summary>The staffer was told that nobody acknowledged in time.</summary>
    public bool StaffToldUnanswered { get; init; }

    public bool IsAcknowledged => Status == Acknowledged;

    /// <summary>
    /// Whether the desk can still act on it: sent and not yet acknowledged, so reminders and the Acknowledge button
    /// still need it. A record that is acknowledged, or never reached a desk, only keeps a retried step from repeating.
    /// </summary>
    public bool IsOpen => Status == Sent;

    /// <summary>
    /// The record with nothing left that identifies the staffer: no name, no owner. Their chat's address stays, as
    /// the conversation reference does, so they are still told when a manager acknowledges.
    /// </summary>
    public EscalationRecord WithoutStaff() => this with { StaffName = null, StaffUserId = null };

    public static string KeyFor(long id) => $"escalation:{id}";
}
