namespace CoachBot.Coaching.Recognition;

/// <summary>
/// Builds the clarification: the likeliest intents first, topped up with the lexicon's defaults; with no evidence at
/// all, every situation the bot coaches on (the lexicon's default choices), so the right one is always there.
/// </summary>
internal static class ClarificationBuilder
{
    private const int MinChoices = 3;
    private const int MaxChoices = 5;

    public static Clarification Build(IReadOnlyDictionary<string, double> scores, string language, string script, ClarificationTexts texts)
    {
        var replyLanguage = script == "hant" ? "zh_hant" : language;
        var intents = scores
            .Where(s => s.Value > 0 && texts.Labels.ContainsKey(s.Key))
            .OrderByDescending(s => s.Value)
            .ThenBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => s.Key)
            .Take(MaxChoices)
            .ToList();
        var least = intents.Count == 0 ? texts.DefaultChoices.Count : MinChoices;
        foreach (var fallback in texts.DefaultChoices)
        {
            if (intents.Count >= least)
            {
                break;
            }

            if (!intents.Contains(fallback))
            {
                intents.Add(fallback);
            }
        }

        var choices = intents.Select(i => new ClarificationChoice(i, texts.Labels[i][replyLanguage])).ToList();
        return new Clarification(texts.Question[replyLanguage], choices);
    }
}
