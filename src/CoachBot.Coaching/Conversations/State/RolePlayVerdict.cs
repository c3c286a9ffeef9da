namespace CoachBot.Coaching.Conversations;

/// <summary>One check of one answer: which check and whether it passed.</summary>
internal sealed record RolePlayVerdict(string CheckId, bool Passed);
