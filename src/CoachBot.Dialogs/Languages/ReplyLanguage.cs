namespace CoachBot.Dialogs;

/// <summary>A language the bot answers in: English, Vietnamese, or Chinese (simplified or traditional characters).</summary>
public sealed record ReplyLanguage
{
    private ReplyLanguage(string code, bool prefersTraditional)
    {
        Code = code;
        PrefersTraditional = prefersTraditional;
    }

    /// <summary>English.</summary>
    public static ReplyLanguage English { get; } = new("en", false);

    /// <summary>Vietnamese.</summary>
    public static ReplyLanguage Vietnamese { get; } = new("vi", false);

    /// <summary>Chinese in simplified characters.</summary>
    public static ReplyLanguage Chinese { get; } = new("zh", false);

    /// <summary>Chinese in traditional characters.</summary>
    public static ReplyLanguage TraditionalChinese { get; } = new("zh", true);

    /// <summary>Every reply language, in the order texts list them (en, vi, zh, zh-Hant).</summary>
    public static IReadOnlyList<ReplyLanguage> All { get; } = [English, Vietnamese, Chinese, TraditionalChinese];

    /// <summary>The <see cref="Tag"/> of every reply language: the keys every text in a content file must have.</summary>
    public static IReadOnlyList<string> Tags { get; } = [.. All.Select(l => l.Tag)];

    /// <summary>"en", "vi" or "zh".</summary>
    public string Code { get; }

    /// <summary>Whether Chinese text should use traditional characters.</summary>
    public bool PrefersTraditional { get; }

    /// <summary>The tag stored in state: "en", "vi", "zh" or "zh-Hant".</summary>
    public string Tag => PrefersTraditional ? "zh-Hant" : Code;

    /// <summary>
    /// The language of a BCP-47 tag or a stored <see cref="Tag"/> ("vi-VN" → Vietnamese, "zh-TW" or "zh-Hant" →
    /// traditional Chinese); null for a tag the bot does not answer in.
    /// </summary>
    public static ReplyLanguage? FromTag(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var parts = tag.Trim().Split('-', '_');
        return parts[0].ToUpperInvariant() switch
        {
            "EN" => English,
            "VI" => Vietnamese,
            "ZH" => parts.Skip(1).Any(IsTraditionalSubtag) ? TraditionalChinese : Chinese,
            _ => null,
        };
    }

    /// <summary>
    /// The language of a code, tag or culture name as <see cref="FromTag"/> reads it, English when it names none;
    /// Chinese in traditional characters when <paramref name="traditional"/> is set.
    /// </summary>
    public static ReplyLanguage FromCode(string? code, bool traditional = false) => FromTag(code) switch
    {
        { Code: "zh" } when traditional => TraditionalChinese,
        { } language => language,
        null => English,
    };

    /// <inheritdoc />
    public override string ToString() => Tag;

    private static bool IsTraditionalSubtag(string subtag) =>
        subtag.ToUpperInvariant() is "HANT" or "TW" or "HK" or "MO";
}
