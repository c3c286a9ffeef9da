namespace CoachBot.Coaching.Knowledge;

/// <summary>An escalation with its reason in one language.</summary>
public sealed record LocalizedEscalation(EscalationTarget To, EscalationUrgency Urgency, string Reason);
