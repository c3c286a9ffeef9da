namespace CoachBot.Dialogs;

/// <summary>One way of typing a command, and the language it is written in.</summary>
/// <param name="Language">The language of the phrase (the reply language when the command answers).</param>
/// <param name="Text">The phrase as written in the texts file.</param>
public sealed record CommandPhrase(ReplyLanguage Language, string Text);
