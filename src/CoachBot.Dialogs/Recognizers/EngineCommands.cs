namespace CoachBot.Dialogs;

/// <summary>The keys of the engine's command phrases in the <see cref="TextCatalog"/>.</summary>
public static class EngineCommands
{
    /// <summary>"help": see <see cref="GlobalCommand.Help"/>.</summary>
    public static CommandId Help { get; } = new("help");

    /// <summary>"cancel": see <see cref="GlobalCommand.Cancel"/>.</summary>
    public static CommandId Cancel { get; } = new("cancel");

    /// <summary>"start over": see <see cref="GlobalCommand.StartOver"/>.</summary>
    public static CommandId StartOver { get; } = new("start-over");

    /// <summary>"language": see <see cref="GlobalCommand.Language"/>.</summary>
    public static CommandId Language { get; } = new("language");

    /// <summary>"why": see <see cref="GlobalCommand.Why"/>.</summary>
    public static CommandId Why { get; } = new("why");

    /// <summary>Words that pick English in the language question.</summary>
    public static CommandId PickEnglish { get; } = new("pick-english");

    /// <summary>Words that pick Vietnamese in the language question.</summary>
    public static CommandId PickVietnamese { get; } = new("pick-vietnamese");

    /// <summary>Words that pick simplified Chinese in the language question.</summary>
    public static CommandId PickChinese { get; } = new("pick-chinese");

    /// <summary>Words that pick traditional Chinese in the language question.</summary>
    public static CommandId PickTraditionalChinese { get; } = new("pick-traditional-chinese");
}
