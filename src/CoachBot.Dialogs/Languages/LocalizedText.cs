namespace CoachBot.Dialogs;

/// <summary>
/// One text in the bot's languages. Stored in prompt options, so a re-prompt after the user switched
/// language is asked in the new language. A plain string converts to an English-only text.
/// </summary>
/// <param name="English">The English text, also the fallback.</param>
public sealed record LocalizedText(string English)
{
    /// <summary>The Vietnamese text.</summary>
    public string? Vietnamese { get; init; }

    /// <summary>The Chinese text in simplified characters.</summary>
    public string? Chinese { get; init; }

    /// <summary>The Chinese text in traditional characters.</summary>
    public string? TraditionalChinese { get; init; }

    /// <summary>A text with all four forms.</summary>
    public static LocalizedText Of(string english, string vietnamese, string chinese, string traditionalChinese) =>
        new(english) { Vietnamese = vietnamese, Chinese = chinese, TraditionalChinese = traditionalChinese };

    /// <summary>The same text in every language.</summary>
    public static LocalizedText FromString(string text) => new(text);

    /// <summary>The same text in every language.</summary>
    public static implicit operator LocalizedText(string text) => FromString(text);

    /// <summary>The text for <paramref name="language"/>, falling back to the other Chinese script, then English.</summary>
    public string For(ReplyLanguage language) => language.Code switch
    {
        "vi" => Vietnamese ?? English,
        "zh" when language.PrefersTraditional => TraditionalChinese ?? Chinese ?? English,
        "zh" => Chinese ?? TraditionalChinese ?? English,
        _ => English,
    };

    /// <summary>The text for <paramref name="language"/> with <paramref name="args"/> filled in (invariant culture).</summary>
    public string Format(ReplyLanguage language, params object?[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, For(language), args);
}
