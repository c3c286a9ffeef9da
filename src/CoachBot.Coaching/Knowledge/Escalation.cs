using CoachBot.Dialogs;

namespace CoachBot.Coaching.Knowledge;

/// <summary>A rule's call for someone else: the duty manager or security, how urgently and why.</summary>
public sealed record Escalation(EscalationTarget To, EscalationUrgency Urgency, LocalizedText Reason);
