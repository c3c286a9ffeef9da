namespace CoachBot.Dialogs;

/// <summary>The commands every dialog gets for free.</summary>
public enum GlobalCommand
{
    /// <summary>Show what the bot can do.</summary>
    Help,

    /// <summary>Stop whatever is going on.</summary>
    Cancel,

    /// <summary>Stop and begin the main dialog again.</summary>
    StartOver,

    /// <summary>Choose the reply language.</summary>
    Language,

    /// <summary>Explain the last answer.</summary>
    Why,
}
