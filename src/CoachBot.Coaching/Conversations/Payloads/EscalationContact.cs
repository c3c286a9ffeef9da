namespace CoachBot.Coaching.Conversations;

/// <summary>Someone on the escalation roster who is on duty now.</summary>
public sealed record EscalationContact(string Name, string Role);
