using System.Globalization;
using System.Text.Json.Serialization;

namespace CoachBot.Dialogs;

/// <summary>
/// One text in every language the bot answers in: English, Vietnamese, simplified and traditional Chinese, all
/// required, so <see cref="For"/> never falls back. Used for interface texts (the text catalog), playbook texts
/// and prompt options stored in dialog state. A plain string converts to the same text in all four.
/// </summary>
/// <param name="En">English.</param>
/// <param name="Vi">Vietnamese.</param>
/// <param name="Zh">Chinese in simplified characters.</param>
/// <param name="ZhHant">Chinese in traditional characters.</param>
[JsonConverter(typeof(LocalizedTextJsonConverter))]
public sealed record LocalizedText(string En, string Vi, string Zh, string ZhHant)
{
    /// <summary>A text with all four forms.</summary>
    public static LocalizedText Of(string en, string vi, string zh, string zhHant) => new(en, vi, zh, zhHant);

    /// <summary>The same text in every language (a name, a code, a test's text).</summary>
    public static LocalizedText FromString(string text) => new(text, text, text, text);

    /// <summary>The same text in every language.</summary>
    public static implicit operator LocalizedText(string text) => FromString(text);

    /// <summary>The text for <paramref name="language"/>.</summary>
    public string For(ReplyLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.Code switch
        {
            "vi" => Vi,
            "zh" when language.PrefersTraditional => ZhHant,
            "zh" => Zh,
            _ => En,
        };
    }

    /// <summary>
    /// The text for a language code or tag ("en", "vi", "zh", "zh-Hant", "zh-TW" …; see
    /// <see cref="ReplyLanguage.FromCode"/>); an unknown or missing code gets English.
    /// </summary>
    public string Get(string? language, bool traditional = false) => For(ReplyLanguage.FromCode(language, traditional));

    /// <summary>The text for <paramref name="language"/> with <paramref name="args"/> filled in (invariant culture).</summary>
    public string Format(ReplyLanguage language, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, For(language), args);

    /// <inheritdoc />
    /// <summary>The text in every language with <paramref name="args"/> filled in (invariant culture), e.g. for a prompt kept in state.</summary>
    public LocalizedText FormatAll(params object?[] args) => new(Fill(En, args), Fill(Vi, args), Fill(Zh, args), Fill(ZhHant, args));

    /// <summary>The text in every language (for matching what a user typed, whatever language they typed in).</summary>
    public IEnumerable<string> All => [En, Vi, Zh, ZhHant];

    public override string ToString() => En;

    private static string Fill(string text, object?[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, text, args);
}
