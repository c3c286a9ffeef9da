namespace CoachBot.Coaching.Knowledge;

/// <summary>Who an escalation goes to.</summary>
public enum EscalationTarget
{
    DutyManager,
    Security,
}
