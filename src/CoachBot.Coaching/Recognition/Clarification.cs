namespace CoachBot.Coaching.Recognition;

/// <summary>
/// Asked instead of guessing when the recogniser is not confident: a question in the user's language and
/// three to five buttons, the likeliest intents first.
/// </summary>
public sealed record Clarification(string Question, IReadOnlyList<ClarificationChoice> Choices);
