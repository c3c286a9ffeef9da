namespace CoachBot.Dialogs;

/// <summary>One titled block of a <see cref="ReplyCard"/>.</summary>
public sealed record ReplySection(string Heading, IReadOnlyList<string> Lines);
