namespace CoachBot.Dialogs;

/// <summary>
/// Recognises a global command from the phrases of the text catalog (English, Vietnamese with or without
/// diacritics, Chinese in both scripts), only when it is the whole message: "why?" is a command, "why is the guest
/// angry" is not. Words that also answer a confirm prompt ("thôi", "算了") are kept out of the file on purpose: the
/// prompt must still see them.
/// </summary>
public static class GlobalCommandRecognizer
{
    private static readonly (CommandId Id, GlobalCommand Command)[] Commands =
    [
        (EngineCommands.Help, GlobalCommand.Help),
        (EngineCommands.Cancel, GlobalCommand.Cancel),
        (EngineCommands.StartOver, GlobalCommand.StartOver),
        (EngineCommands.Language, GlobalCommand.Language),
        (EngineCommands.Why, GlobalCommand.Why),
    ];

    /// <summary>The command <paramref name="text"/> is, or null.</summary>
    public static GlobalCommand? Recognize(TextCatalog texts, string? text)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var match = texts.Recognize(text);
        foreach (var (id, command) in Commands)
        {
            if (match?.Command == id)
            {
                return command;
            }
        }

        return null;
    }
}
