namespace CoachBot.Dialogs;

/// <summary>A message that is a command's phrase, and the language that phrase is in.</summary>
public sealed record CommandMatch(CommandId Command, ReplyLanguage Language)
{
    /// <summary>What the user named in the phrase's slot ("Keller Logistics" of "my notes on {0}"); null for a phrase without one.</summary>
    public string? Argument { get; init; }
}
