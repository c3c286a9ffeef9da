namespace CoachBot.State;

/// <summary>A conversation the bot has seen: the reference needed to message it proactively.</summary>
public sealed record ConversationRecord(string ConversationId, string ReferenceJson, bool Welcomed, DateTimeOffset UpdatedAt);
