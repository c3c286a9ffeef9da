namespace CoachBot.Dialogs;

/// <summary>What the app plugs into the runner: the text catalog, texts for help and welcome, and the "why" and interruption hooks.</summary>
public sealed class DialogRunnerOptions
{
    /// <summary>The interface texts and command phrases (the engine's, see <see cref="EngineStrings"/> and <see cref="EngineCommands"/>).</summary>
    public required TextCatalog Texts { get; init; }

    /// <summary>The reply to "help"; by default the list of global commands with buttons.</summary>
    public Func<DialogContext, Reply>? Help { get; init; }

    /// <summary>The reply of <see cref="DialogRunner.WelcomeAsync"/>; by default a short greeting.</summary>
    public Func<DialogContext, Reply>? Welcome { get; init; }

    /// <summary>Whether <see cref="DialogRunner.WelcomeAsync"/> also begins the root dialog when none is active.</summary>
    public bool BeginRootOnWelcome { get; init; }

    /// <summary>
    /// Answers "why" (typically from <see cref="DialogContext.LastExplanation"/>); when null the bot says there
    /// is nothing to explain yet.
    /// </summary>
    public Func<DialogContext, CancellationToken, Task>? ExplainAsync { get; init; }

    /// <summary>
    /// Looks at a message before the active dialog does (a press on a button of an older card, a new situation
    /// typed while a question is open) and returns true when it handled the turn; the active dialog then never
    /// sees it. Null: the active dialog always gets the message.
    /// </summary>
    public Func<DialogContext, CancellationToken, Task<bool>>? InterruptAsync { get; init; }
}
