namespace CoachBot.Dialogs;

/// <summary>
/// Asks which language to use and stores the choice; an interruption, so the question the user was
/// answering is asked again afterwards, now in the new language.
/// </summary>
internal sealed class LanguageDialog() : Dialog(DialogRunner.LanguageDialogId)
{
    private static readonly IReadOnlyList<Choice> Languages =
    [
        new Choice("English", "en") { Synonyms = ["english", "tieng anh", "英文", "英语", "英語"] },
        new Choice("Tiếng Việt", "vi") { Synonyms = ["vietnamese", "viet", "越南语", "越南語", "越南文"] },
        new Choice("中文", "zh") { Synonyms = ["chinese", "tieng trung", "tieng hoa", "简体中文", "简体", "简体字"] },
        new Choice("繁體中文", "zh-Hant") { Synonyms = ["traditional chinese", "繁体中文", "繁體", "繁体", "繁體字"] },
    ];

    public override bool IsInterruption => true;

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken) =>
        dc.PromptAsync(DialogRunner.LanguagePromptId, new PromptOptions(EngineStrings.ChooseLanguage) { Choices = Languages }, cancellationToken);

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
