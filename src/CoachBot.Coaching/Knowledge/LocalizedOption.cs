namespace CoachBot.Coaching.Knowledge;

/// <summary>One answer button: the fact value as text ("true", "angry", "12") and its label.</summary>
public sealed record LocalizedOption(string Value, string Label);
