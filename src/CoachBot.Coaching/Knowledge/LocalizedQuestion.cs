namespace CoachBot.Coaching.Knowledge;

/// <summary>A question in one language; each option's <see cref="LocalizedOption.Value"/> is the fact value to set.</summary>
public sealed record LocalizedQuestion(string Fact, string Text, IReadOnlyList<LocalizedOption> Options);
