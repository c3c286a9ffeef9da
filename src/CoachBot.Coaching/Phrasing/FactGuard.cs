using CoachBot.Dialogs;

namespace CoachBot.Coaching.Phrasing;

/// <summary>
/// Decides whether an LLM's rephrasing of the rules' text may be sent instead of it. The rules decide and the LLM may
/// only rephrase: every figure and inventory id of the rules' text must be in the rephrase and no other figure; every
/// roster name kept and none added; no promise or policy word the rules' text does not make; and it must be in the
/// user's language. Anything else discards the rephrase and the rules' text is sent.
/// </summary>
public sealed class FactGuard(FactGuardOptions options)
{
    public GuardVerdict Check(string original, string rephrased, ReplyLanguage language, IReadOnlyCollection<string> rosterNames)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(rosterNames);
        if (string.IsNullOrWhiteSpace(rephrased))
        {
            return new GuardVerdict(GuardReason.Empty);
        }

        if (rephrased.Length > (original.Length * options.MaxLengthRatio) + 40)
        {
            return new GuardVerdict(GuardReason.TooLong);
        }

        var before = FactSheet.Of(original);
        var after = FactSheet.Of(rephrased);
        if (before.Figures.FirstOrDefault(f => !after.Figures.Contains(f)) is { } dropped)
        {
            return new GuardVerdict(GuardReason.FigureDropped, dropped);
        }

        if (after.Figures.FirstOrDefault(f => !before.Figures.Contains(f)) is { } added)
        {
            return new GuardVerdict(GuardReason.FigureAdded, added);
        }

        if (before.Sources.FirstOrDefault(s => !after.Sources.Contains(s)) is { } source)
        {
            return new GuardVerdict(GuardReason.SourceDropped, source);
        }

        var said = original.ToLowerInvariant();
        var saying = rephrased.ToLowerInvariant();
        foreach (var name in rosterNames.Where(n => n.Length > 0))
        {
            var was = Contains(said, name.ToLowerInvariant());
            var @is = Contains(saying, name.ToLowerInvariant());
            if (was && !@is)
            {
                return new GuardVerdict(GuardReason.NameDropped, name);
            }

            if (@is && !was)
            {
                return new GuardVerdict(GuardReason.NameAdded, name);
            }
        }

        if (Added(options.Promises, said, saying) is { } promise)
        {
            return new GuardVerdict(GuardReason.PromiseAdded, promise);
        }

        if (Added(options.PolicyWords, said, saying) is { } policyWord)
        {
            return new GuardVerdict(GuardReason.PolicyWordAdded, policyWord);
        }

        return InLanguage(rephrased, language) ? GuardVerdict.Accepted : new GuardVerdict(GuardReason.WrongLanguage, language.Tag);
    }

    /// <summary>
    /// The first word the rephrase says more often without a negation before it than the rules' text did: "never promise
    /// compensation" rephrased as "promise compensation" adds a promise, though the word was there.
    /// </summary>
    private static string? Added(IEnumerable<string> words, string said, string saying) =>
        words.Select(w => w.ToLowerInvariant()).FirstOrDefault(w => Affirmed(saying, w) > Affirmed(said, w));

    private static readonly string[] NegationCues =
    [
        "not", "no", "never", "don't", "do not", "can't", "cannot", "won't", "without", "avoid",
        "không", "chưa", "đừng", "chớ", "tránh", "không được", "không nên",
        "不", "没", "沒", "别", "別", "勿", "避免", "不要", "不能",
    ];

    /// <summary>How many times <paramref name="word"/> occurs with no negation cue in the few words before it.</summary>
    private static int Affirmed(string text, string word)
    {
        var count = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (IsLatin(word[0]) && !WholeWordAt(text, at, word.Length))
            {
                continue;
            }

            var reach = text[Math.Max(0, at - 24)..at];
            var clause = reach[(reach.LastIndexOfAny(['.', ',', ';', ':', '!', '?', '。', '，', '；', '！', '？']) + 1)..];
            if (!NegationCues.Any(cue => Contains(clause, cue)))
            {
                count++;
            }
        }

        return count;
    }

    private static bool WholeWordAt(string text, int at, int length)
    {
        var before = at == 0 ? ' ' : text[at - 1];
        var after = at + length >= text.Length ? ' ' : text[at + length];
        return !IsLatin(before) && !IsLatin(after);
    }

    /// <summary>
    /// Chinese in the right script for Chinese; marked Vietnamese for Vietnamese (an LLM writes the marks); for English,
    /// Latin letters and neither Chinese nor Vietnamese marks.
    /// </summary>
    private static bool InLanguage(string text, ReplyLanguage language)
    {
        var detected = ScriptLanguageDetector.Detect(text, language);
        return language.Code switch
        {
            "zh" => detected == language,
            "vi" => detected == ReplyLanguage.Vietnamese,
            _ => detected is null && text.Any(char.IsAsciiLetter),
        };
    }

    /// <summary>Whether <paramref name="word"/> occurs in <paramref name="text"/>: as whole words in Latin script, anywhere in Chinese.</summary>
    private static bool Contains(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 ? ' ' : text[at - 1];
            var after = at + word.Length >= text.Length ? ' ' : text[at + word.Length];
            if (!IsLatin(word[0]) || (!IsLatin(before) && !IsLatin(after)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(c) || (char.IsLetter(c) && c < '\u2E80');
}
