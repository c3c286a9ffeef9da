namespace CoachBot.Coaching.Conversations;

/// <summary>What an advice dialog begins with: the intent and the facts recognised so far.</summary>
internal sealed record AdviceRequest(string Intent, FactSnapshot Facts);
