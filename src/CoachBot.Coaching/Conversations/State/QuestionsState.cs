namespace CoachBot.Coaching.Conversations;

/// <summary>The facts collected so far, how many questions were asked, and the fact being asked now.</summary>
internal sealed record QuestionsState(string Domain, FactSnapshot Facts, int MaxQuestions, int Asked, string? Asking);
