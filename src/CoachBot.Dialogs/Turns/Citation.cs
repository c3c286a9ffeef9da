namespace CoachBot.Dialogs;

/// <summary>A source a reply is based on (for example a knowledge inventory id).</summary>
public sealed record Citation(string Id, string Title, string? Section, string? Abstract);
