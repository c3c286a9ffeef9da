namespace CoachBot.Dialogs;

/// <summary>Carries out a recognised global command on the current turn.</summary>
internal sealed class GlobalCommandHandler(DialogRunnerOptions options)
{
    public async Task HandleAsync(DialogContext dc, GlobalCommand command, CancellationToken cancellationToken)
    {
        switch (command)
        {
            case GlobalCommand.Help:
                await dc.SendAsync(options.Help?.Invoke(dc) ?? DefaultHelp(dc.Texts, dc.Language), cancellationToken).ConfigureAwait(false);
                break;
            case GlobalCommand.Cancel:
                await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                await dc.SendAsync(EngineStrings.Cancelled, cancellationToken).ConfigureAwait(false);
                break;
            case GlobalCommand.StartOver:
                // Everything ends, and the welcome alone answers: the next message is a fresh start, not an answer.
                await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                dc.LastExplanation = null;
                await dc.SendAsync(options.Welcome?.Invoke(dc) ?? Reply.Say(dc.Texts.For(EngineStrings.Welcome, dc.Language)), cancellationToken).ConfigureAwait(false);
                break;
            case GlobalCommand.Language when dc.ActiveDialogId == DialogRunner.LanguagePromptId:
                await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
                break;
            case GlobalCommand.Language:
                await dc.BeginDialogAsync(DialogRunner.LanguageDialogId, null, cancellationToken).ConfigureAwait(false);
                break;
            case GlobalCommand.Why when options.ExplainAsync is not null:
                await options.ExplainAsync(dc, cancellationToken).ConfigureAwait(false);
                break;
            case GlobalCommand.Why:
                await dc.SendAsync(EngineStrings.NothingToExplain, cancellationToken).ConfigureAwait(false);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(command), command, "Unknown global command.");
        }
    }

    // A button's value is the command's first English phrase, so pressing it is recognised like typing it.
    private static Reply DefaultHelp(TextCatalog texts, ReplyLanguage language) => Reply.Ask(
        texts.For(EngineStrings.Help, language),
        [
            new Choice(texts.For(EngineStrings.StartOverButton, language), texts.Phrases(EngineCommands.StartOver)[0].Text),
            new Choice(texts.For(EngineStrings.LanguageButton, language), texts.Phrases(EngineCommands.Language)[0].Text),
            new Choice(texts.For(EngineStrings.CancelButton, language), texts.Phrases(EngineCommands.Cancel)[0].Text),
        ]);
}
