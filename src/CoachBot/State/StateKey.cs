namespace CoachBot.State;

/// <summary>Dialog state is kept per (conversation, user) so two staff in one channel do not step on each other.</summary>
public readonly record struct StateKey(string ConversationId, string UserId);
