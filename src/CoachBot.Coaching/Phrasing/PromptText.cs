namespace CoachBot.Coaching.Phrasing;

/// <summary>The phraser's side of the prompt texts: the language named for the model, the facts it must keep, and the
/// two lines read back from its answer.</summary>
internal static class PromptText
{
    /// <summary>The two lines the prompts ask for ("HEADLINE: …", "SAY: …"); anything else leaves a part empty, which the guard refuses.</summary>
    public static (string Headline, string SayNow) Lines(string text)
    {
        string headline = string.Empty, sayNow = string.Empty;
        foreach (var line in text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith("HEADLINE:", StringComparison.OrdinalIgnoreCase))
            {
                headline = line["HEADLINE:".Length..].Trim();
            }
            else if (line.StartsWith("SAY:", StringComparison.OrdinalIgnoreCase))
            {
                sayNow = line["SAY:".Length..].Trim();
            }
        }

        return (headline, sayNow);
    }

    /// <summary>The facts the LLM is told to keep: the figures and ids of the two texts, and the roster names they use.</summary>
    public static string Keep(PhraseRequest request)
    {
        var both = request.Headline + "\n" + request.SayNow;
        var facts = FactSheet.Of(both);
        var names = request.RosterNames.Where(n => both.Contains(n, StringComparison.Ordinal));
        var kept = facts.Written.Concat(facts.Sources).Concat(names).Distinct(StringComparer.Ordinal).ToList();
        return kept.Count == 0 ? "(no figures)" : string.Join(", ", kept);
    }

    public static string LanguageName(Dialogs.ReplyLanguage language) => language.Tag switch
    {
        "vi" => "Vietnamese",
        "zh" => "Simplified Chinese",
        "zh-Hant" => "Traditional Chinese (Taiwan usage)",
        _ => "English",
    };
}
