namespace CoachBot.Coaching.Knowledge;

/// <summary>How soon an escalation must reach its target; later members are more urgent.</summary>
public enum EscalationUrgency
{
    Routine,
    Soon,
    Immediate,
}
