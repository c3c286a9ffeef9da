namespace CoachBot.Dialogs;

/// <summary>A message that is a command's phrase, and the language that phrase is in.</summary>
public sealed record CommandMatch(CommandId Command, ReplyLanguage Language);
