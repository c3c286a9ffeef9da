namespace CoachBot.Dialogs;

/// <summary>
/// The keys of the engine's own words in the <see cref="TextCatalog"/> (section <c>engine</c> of the texts file).
/// Apps supply their own texts for everything else.
/// </summary>
public static class EngineStrings
{
    /// <summary>Default re-prompt of a choice prompt.</summary>
    public static TextId PickOneOfTheOptions { get; } = new("engine.pick-one-of-the-options");

    /// <summary>Default re-prompt of a confirm prompt.</summary>
    public static TextId AnswerYesOrNo { get; } = new("engine.answer-yes-or-no");

    /// <summary>Default re-prompt of a number prompt without limits.</summary>
    public static TextId TypeANumber { get; } = new("engine.type-a-number");

    /// <summary>Default re-prompt of a number prompt with both limits: {0} minimum, {1} maximum.</summary>
    public static TextId TypeANumberBetween { get; } = new("engine.type-a-number-between");

    /// <summary>Default re-prompt of a number prompt with a minimum: {0}.</summary>
    public static TextId TypeANumberAtLeast { get; } = new("engine.type-a-number-at-least");

    /// <summary>Default re-prompt of a number prompt with a maximum: {0}.</summary>
    public static TextId TypeANumberAtMost { get; } = new("engine.type-a-number-at-most");

    /// <summary>What a parent can say when a prompt ended with too many tries.</summary>
    public static TextId TooManyAttempts { get; } = new("engine.too-many-attempts");

    /// <summary>Reply to "cancel".</summary>
    public static TextId Cancelled { get; } = new("engine.cancelled");

    /// <summary>The language question.</summary>
    public static TextId ChooseLanguage { get; } = new("engine.choose-language");

    /// <summary>Confirmation of a language choice, read in the chosen language.</summary>
    public static TextId LanguageChanged { get; } = new("engine.language-changed");

    /// <summary>Reply to "why" when the app has nothing to explain.</summary>
    public static TextId NothingToExplain { get; } = new("engine.nothing-to-explain");

    /// <summary>Default reply to "help".</summary>
    public static TextId Help { get; } = new("engine.help");

    /// <summary>Default welcome.</summary>
    public static TextId Welcome { get; } = new("engine.welcome");

    /// <summary>The yes button.</summary>
    public static TextId Yes { get; } = new("engine.yes");

    /// <summary>The no button.</summary>
    public static TextId No { get; } = new("engine.no");

    /// <summary>The start-over button of the default help.</summary>
    public static TextId StartOverButton { get; } = new("engine.start-over-button");

    /// <summary>The language button of the default help.</summary>
    public static TextId LanguageButton { get; } = new("engine.language-button");

    /// <summary>The cancel button of the default help.</summary>
    public static TextId CancelButton { get; } = new("engine.cancel-button");

    /// <summary>The English button of the language question (a language's own name).</summary>
    public static TextId EnglishName { get; } = new("engine.english-name");

    /// <summary>The Vietnamese button of the language question.</summary>
    public static TextId VietnameseName { get; } = new("engine.vietnamese-name");

    /// <summary>The simplified Chinese button of the language question.</summary>
    public static TextId ChineseName { get; } = new("engine.chinese-name");

    /// <summary>The traditional Chinese button of the language question.</summary>
    public static TextId TraditionalChineseName { get; } = new("engine.traditional-chinese-name");
}
