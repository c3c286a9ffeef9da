namespace CoachBot.Coaching.Knowledge;

/// <summary>
/// One playbook text in every language the bot answers in: English, Vietnamese, simplified Chinese and
/// traditional Chinese. The loader refuses a text that lacks any of them, so <see cref="Get"/> never falls back.
/// </summary>
public sealed record LocalizedText(string En, string Vi, string Zh, string ZhHant)
{
    /// <summary>
    /// The text for a language code ("en", "vi", "zh", "zh-Hans", "zh-Hant", "zh-TW" …); Chinese is
    /// given in traditional characters when <paramref name="traditional"/> is set or the code says so.
    /// An unknown code gets English.
    /// </summary>
    public string Get(string language, bool traditional = false)
    {
        var code = TextLanguage.Normalize(language, traditional);
        return code switch
        {
            TextLanguage.Vietnamese => Vi,
            TextLanguage.Chinese => Zh,
            TextLanguage.ChineseTraditional => ZhHant,
            _ => En,
        };
    }

    public override string ToString() => En;
}
