namespace CoachBot.Coaching.Conversations;

/// <summary>The user who asked to be forgotten: the host deletes their state, notes and analytics rows.</summary>
public sealed record ForgetUserPayload(string UserId, string? AadObjectId, string ConversationId);
