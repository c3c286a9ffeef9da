namespace CoachBot.Tests.Coaching.Support;

/// <summary>One field of a card's form: the key its value comes back under, its label and its example, if any.</summary>
public sealed record CardInput(string Id, string Label, string? Placeholder);
