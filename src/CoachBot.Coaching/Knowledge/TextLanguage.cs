namespace CoachBot.Coaching.Knowledge;

/// <summary>The language keys of a playbook text, and how a user's language code maps onto them.</summary>
public static class TextLanguage
{
    public const string English = "en";
    public const string Vietnamese = "vi";
    public const string Chinese = "zh";
    public const string ChineseTraditional = "zh-Hant";

    /// <summary>Every key a localized text must have, in file order.</summary>
    public static IReadOnlyList<string> All { get; } = [English, Vietnamese, Chinese, ChineseTraditional];

    /// <summary>Maps a language code or culture name to one of <see cref="All"/>.</summary>
    public static string Normalize(string? language, bool traditional = false)
    {
        if (string.IsNullOrEmpty(language))
        {
            return English;
        }

        if (language.StartsWith("vi", StringComparison.OrdinalIgnoreCase))
        {
            return Vietnamese;
        }

        if (!language.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
        {
            return English;
        }

        var isTraditional = traditional
            || language.Contains("Hant", StringComparison.OrdinalIgnoreCase)
            || language.EndsWith("TW", StringComparison.OrdinalIgnoreCase)
            || language.EndsWith("HK", StringComparison.OrdinalIgnoreCase)
            || language.EndsWith("MO", StringComparison.OrdinalIgnoreCase);
        return isTraditional ? ChineseTraditional : Chinese;
    }
}
