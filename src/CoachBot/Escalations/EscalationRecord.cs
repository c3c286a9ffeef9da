namespace CoachBot.Escalations;

/// <summary>An escalation's status, kept under <c>escalation:{id}</c>; no guest data, no user text.</summary>
internal sealed record EscalationRecord(long Id, string StaffConversationId, string Status, string? AcknowledgedBy, DateTimeOffset UpdatedAt)
{
    public const string Sent = "sent";
    public const string NoDesk = "no-desk";
    public const string Acknowledged = "acknowledged";

    public static string KeyFor(long id) => $"escalation:{id}";
}
