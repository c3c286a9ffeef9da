namespace CoachBot.Tests.Coaching.Support;

/// <summary>A section of an advice card as the user reads it: its heading and its bullet lines.</summary>
public sealed record CardSection(string Heading, IReadOnlyList<string> Lines);
