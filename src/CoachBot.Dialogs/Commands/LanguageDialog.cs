namespace CoachBot.Dialogs;

/// <summary>
/// Asks which language to use and stores the choice; an interruption, so the question the user was
/// answering is asked again afterwards, now in the new language.
/// </summary>
internal sealed class LanguageDialog() : Dialog(DialogRunner.LanguageDialogId)
{
    private static readonly (ReplyLanguage Language, TextId Name, CommandId Words)[] Languages =
    [
        (ReplyLanguage.English, EngineStrings.EnglishName, EngineCommands.PickEnglish),
        (ReplyLanguage.Vietnamese, EngineStrings.VietnameseName, EngineCommands.PickVietnamese),
        (ReplyLanguage.Chinese, EngineStrings.ChineseName, EngineCommands.PickChinese),
        (ReplyLanguage.TraditionalChinese, EngineStrings.TraditionalChineseName, EngineCommands.PickTraditionalChinese),
    ];

    public override bool IsInterruption => true;

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        IReadOnlyList<Choice> choices =
        [
            .. Languages.Select(l => new Choice(dc.Texts.For(l.Name, dc.Language), l.Language.Tag)
            {
                Synonyms = [.. dc.Texts.Phrases(l.Words).Select(p => p.Text)],
            }),
        ];
        return dc.PromptAsync(DialogRunner.LanguagePromptId, new PromptOptions(dc.Texts[EngineStrings.ChooseLanguage]) { Choices = choices }, cancellationToken);
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        if (result is Choice choice && ReplyLanguage.FromTag(choice.Value) is { } language)
        {
            dc.ChooseLanguage(language);
            await dc.SendAsync(EngineStrings.LanguageChanged, cancellationToken).ConfigureAwait(false);
        }

        return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
