namespace CoachBot.Coaching.Conversations;

/// <summary>Whether the last advice helped, against the rules that produced it (no user text).</summary>
public sealed record FeedbackPayload(IReadOnlyList<string> RuleIds, bool Helpful, string? Intent, string? Classification);
