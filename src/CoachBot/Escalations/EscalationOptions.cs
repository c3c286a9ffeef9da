using System.ComponentModel.DataAnnotations;

namespace CoachBot.Escalations;

/// <summary>Escalation settings (configuration section "Escalations").</summary>
public sealed class EscalationOptions
{
    public const string SectionName = "Escalations";

    /// <summary>
    /// Minutes to wait for an acknowledgement before reminding the duty desk, when the escalation does not say
    /// (the hotel policy's <c>reminder_minutes</c> normally does).
    /// </summary>
    [Range(1, 240)]
    public int DefaultReminderMinutes { get; set; } = 5;
}
