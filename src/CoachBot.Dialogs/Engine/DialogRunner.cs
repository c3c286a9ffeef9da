namespace CoachBot.Dialogs;

/// <summary>
/// Runs one turn: a pure in-memory function from (message, stored state) to (replies, new state, side effects).
/// The host loads the state, calls <see cref="RunTurnAsync"/>, and commits the whole outcome in one
/// transaction; if a dialog throws, nothing of the turn is kept. Safe to share between turns and threads.
/// </summary>
public sealed class DialogRunner
{
    /// <summary>The id of the built-in language dialog (reserved).</summary>
    public const string LanguageDialogId = "coachbot.language";

    /// <summary>The id of the built-in language choice prompt (reserved).</summary>
    public const string LanguagePromptId = "coachbot.language.prompt";

    private readonly DialogSet _dialogs = new();
    private readonly string _rootDialogId;
    private readonly GlobalCommandHandler _commands;
    private readonly DialogRunnerOptions _options;

    /// <summary>A runner over <paramref name="dialogs"/> that begins <paramref name="rootDialogId"/> when no dialog is active.</summary>
    /// <exception cref="ArgumentException">The root dialog is not registered, or a dialog uses a reserved id.</exception>
    public DialogRunner(DialogSet dialogs, string rootDialogId, DialogRunnerOptions options)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentException.ThrowIfNullOrWhiteSpace(rootDialogId);
        ArgumentNullException.ThrowIfNull(options);
        if (dialogs.Find(rootDialogId) is null)
        {
            throw new ArgumentException($"The root dialog '{rootDialogId}' is not registered.", nameof(rootDialogId));
        }

        // A copy, so later changes to the app's set cannot change a running bot.
        foreach (var dialog in dialogs.Dialogs)
        {
            _dialogs.Add(dialog);
        }

        _dialogs.Add(new LanguageDialog()).Add(new ChoicePrompt(LanguagePromptId));
        _rootDialogId = rootDialogId;
        _options = options;
        _commands = new GlobalCommandHandler(_options);
    }

    /// <summary>
    /// Handles one message: a global command if the whole message is one, else the interruption hook and the
    /// active dialog, else the root dialog begins (and sees the message in <see cref="DialogContext.Turn"/>).
    /// </summary>
    public async Task<TurnOutcome> RunTurnAsync(IncomingTurn turn, DialogState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(state);
        cancellationToken.ThrowIfCancellationRequested();
        var dc = new DialogContext(_dialogs, turn, state, _options.Texts);
        var command = GlobalCommandRecognizer.Recognize(_options.Texts, turn.Text ?? ChoiceRecognizer.SubmittedChoice(turn.Value));
        if (command is { } found)
        {
            await _commands.HandleAsync(dc, found, cancellationToken).ConfigureAwait(false);
        }
        else if (dc.StackDepth > 0)
        {
            if (_options.InterruptAsync is null || !await _options.InterruptAsync(dc, cancellationToken).ConfigureAwait(false))
            {
                await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            await dc.BeginDialogAsync(_rootDialogId, null, cancellationToken).ConfigureAwait(false);
        }

        return dc.ToOutcome();
    }

    /// <summary>
    /// Greets a user (for example when the bot is installed or added to a conversation): sends the welcome and,
    /// when <see cref="DialogRunnerOptions.BeginRootOnWelcome"/> is set and no dialog is active, begins the root dialog.
    /// </summary>
    public async Task<TurnOutcome> WelcomeAsync(IncomingTurn turn, DialogState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(state);
        cancellationToken.ThrowIfCancellationRequested();
        var dc = new DialogContext(_dialogs, turn, state, _options.Texts);
        var welcome = _options.Welcome?.Invoke(dc) ?? Reply.Say(dc.Texts.For(EngineStrings.Welcome, dc.Language));
        await dc.SendAsync(welcome, cancellationToken).ConfigureAwait(false);
        if (_options.BeginRootOnWelcome && dc.StackDepth == 0)
        {
            await dc.BeginDialogAsync(_rootDialogId, null, cancellationToken).ConfigureAwait(false);
        }

        return dc.ToOutcome();
    }
}
