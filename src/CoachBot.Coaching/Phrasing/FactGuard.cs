using System.Text.RegularExpressions;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Phrasing;

/// <summary>
/// Decides whether an LLM's rephrasing of the rules' text may be sent instead of it. The rules decide and the LLM may
/// only rephrase, so, after both texts are normalised (<see cref="FactSheet.Clean"/>), the rephrase must state the same
/// figures (with their currency, magnitude, sign and time of day, as many times, those of one kind in the same order), number words and inventory ids, and
/// no others; keep every roster name and add no name; keep every negation; add no promise or policy word; carry no
/// markup, link or mixed-script word; be in the user's language and script; and be no longer than a rephrase needs.
/// Anything else discards it and the rules' text is sent. The checks err towards the rules' text.
/// </summary>
public sealed partial class FactGuard(FactGuardOptions options)
{
    public GuardVerdict Check(string original, string rephrased, ReplyLanguage language, IReadOnlyCollection<string> rosterNames)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(rosterNames);
        if (string.IsNullOrWhiteSpace(rephrased) || string.IsNullOrWhiteSpace(original))
        {
            return new GuardVerdict(GuardReason.Empty);
        }

        var said = FactSheet.Clean(original);
        var saying = FactSheet.Clean(rephrased);
        if (saying.Length > (said.Length * options.MaxLengthRatio) + 10)
        {
            return new GuardVerdict(GuardReason.TooLong);
        }

        if (Markup(said, saying) is { } markup)
        {
            return new GuardVerdict(GuardReason.Markup, markup);
        }

        var before = FactSheet.Of(said);
        var after = FactSheet.Of(saying);
        if ((Missing(before.Figures, after.Figures) ?? Missing(before.Words, after.Words)) is { } dropped)
        {
            return new GuardVerdict(GuardReason.FigureDropped, dropped);
        }

        if ((Missing(after.Figures, before.Figures) ?? Missing(after.Words, before.Words)) is { } added)
        {
            return new GuardVerdict(GuardReason.FigureAdded, added);
        }

        // Figures of one kind in another order may have swapped roles ("10 vouchers for 20 guests" → "20 vouchers for 10
        // guests"). Figures of different kinds cannot ("10% off the 120 rate" may become "on the 120 rate, 10% off").
        if (!SameOrderWithinKind(before.Figures, after.Figures))
        {
            return new GuardVerdict(GuardReason.FigureMoved, string.Join(", ", after.Figures));
        }

        if (before.Sources.FirstOrDefault(s => !after.Sources.Contains(s)) is { } source)
        {
            return new GuardVerdict(GuardReason.SourceDropped, source);
        }

        if (after.Sources.FirstOrDefault(s => !before.Sources.Contains(s)) is { } cited)
        {
            return new GuardVerdict(GuardReason.SourceAdded, cited);
        }

        if (Names(said, saying, rosterNames) is { } name)
        {
            return name;
        }

        var lowerSaid = said.ToLowerInvariant();
        var lowerSaying = saying.ToLowerInvariant();
        if (Negations(lowerSaying) < Negations(lowerSaid))
        {
            return new GuardVerdict(GuardReason.NegationDropped);
        }

        if (Added(options.Promises, lowerSaid, lowerSaying) is { } promise)
        {
            return new GuardVerdict(GuardReason.PromiseAdded, promise.Trim());
        }

        if (Added(options.PolicyWords, lowerSaid, lowerSaying) is { } policyWord)
        {
            return new GuardVerdict(GuardReason.PolicyWordAdded, policyWord);
        }

        return InLanguage(saying, language) ? GuardVerdict.Accepted : new GuardVerdict(GuardReason.WrongLanguage, language.Tag);
    }

    /// <summary>Whether the figures of each kind (plain, %, $, đ, 元, am …) come in the same order in both texts.</summary>
    private static bool SameOrderWithinKind(IReadOnlyList<string> before, IReadOnlyList<string> after) =>
        before.GroupBy(Kind, StringComparer.Ordinal).All(kind => kind.SequenceEqual(after.Where(f => Kind(f) == kind.Key), StringComparer.Ordinal));

    /// <summary>A figure's kind: what follows its sign and number ("-12.5%" → "%", "120" → "").</summary>
    private static string Kind(string figure) => figure.TrimStart('+', '-').TrimStart("0123456789.".ToCharArray());

    /// <summary>The first item of <paramref name="from"/> that <paramref name="to"/> has fewer of (as a multiset).</summary>
    private static string? Missing(IReadOnlyList<string> from, IReadOnlyList<string> to)
    {
        var left = to.GroupBy(x => x, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var item in from)
        {
            if (left.GetValueOrDefault(item) == 0)
            {
                return item;
            }

            left[item]--;
        }

        return null;
    }

    /// <summary>
    /// Roster names, as written (case matters: "Mai" is a name, "mai" is tomorrow), neither dropped nor added; and no new
    /// name after a title ("Mr Tran", "chị Hằng", "王经理").
    /// </summary>
    private static GuardVerdict? Names(string said, string saying, IReadOnlyCollection<string> rosterNames)
    {
        foreach (var name in rosterNames.Where(n => n.Length > 0).Select(FactSheet.Clean))
        {
            var was = CountWhole(said, name) > 0;
            var @is = CountWhole(saying, name) > 0;
            if (was != @is)
            {
                return new GuardVerdict(was ? GuardReason.NameDropped : GuardReason.NameAdded, name);
            }
        }

        var titled = Titled().Matches(said).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        return Titled().Matches(saying).Select(m => m.Value).FirstOrDefault(t => !titled.Contains(t)) is { } newName
            ? new GuardVerdict(GuardReason.NameAdded, newName)
            : null;
    }

    /// <summary>Markup, links, addresses, or a word mixing Latin with Cyrillic or Greek letters, that the rules' text does not have.</summary>
    private static string? Markup(string said, string saying)
    {
        foreach (var mark in MarkupSigns)
        {
            if (saying.Contains(mark, StringComparison.OrdinalIgnoreCase) && !said.Contains(mark, StringComparison.OrdinalIgnoreCase))
            {
                return mark;
            }
        }

        return MixedScript().Match(saying) is { Success: true } mixed ? mixed.Value : null;
    }

    private static readonly string[] MarkupSigns = ["<", ">", "[", "]", "(http", "http:", "https:", "www.", "@", "*", "_", "#", "|", "`", "{{", "}}"];

    private static readonly string[] NegationCues =
    [
        "not", "no", "never", "don't", "do not", "can't", "cannot", "won't", "without", "avoid", "n't",
        "không", "chưa", "đừng", "chớ", "tránh",
        "不", "没", "沒", "别", "別", "勿",
    ];

    private static int Negations(string text) => NegationCues.Sum(cue => cue == "n't" ? Occurrences(text, cue) : CountWhole(text, cue));

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>How often <paramref name="word"/> occurs as a whole word in Latin script ("no", not "note"), anywhere in Chinese; case as written.</summary>
    private static int CountWhole(string text, string word)
    {
        var count = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 ? ' ' : text[at - 1];
            var after = at + word.Length >= text.Length ? ' ' : text[at + word.Length];
            if (!IsLatin(word[0]) || (!IsLatin(before) && !IsLatin(after)))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// A word the rephrase says that the rules' text does not, or says more often: a promise the rules make ("a
    /// complimentary drink") may be reworded, none may be added, and "never promise compensation" must not lose its "never".
    /// </summary>
    private static string? Added(IEnumerable<string> words, string said, string saying) =>
        words.Select(w => w.ToLowerInvariant()).FirstOrDefault(w => Count(saying, w) > Count(said, w));

    /// <summary>
    /// Chinese in the right script, mostly Han and no kana or hangul, for Chinese; marked Vietnamese for Vietnamese, mostly
    /// Latin; for English, Latin letters without Vietnamese marks, Han, kana or hangul.
    /// </summary>
    private static bool InLanguage(string text, ReplyLanguage language)
    {
        var letters = text.Where(char.IsLetter).ToList();
        var han = letters.Count(c => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF');
        var foreign = letters.Count(c => c is >= '\u3040' and <= '\u30FF' or >= '\uAC00' and <= '\uD7AF');
        if (letters.Count == 0 || foreign > 0)
        {
            return false;
        }

        var detected = ScriptLanguageDetector.Detect(text, language);
        return language.Code switch
        {
            "zh" => detected == language && han * 2 >= letters.Count,
            "vi" => detected == ReplyLanguage.Vietnamese && han == 0,
            _ => detected is null && han == 0,
        };
    }

    /// <summary>How often <paramref name="word"/> occurs: from the start of a word in Latin script, anywhere in Chinese.</summary>
    private static int Count(string text, string word)
    {
        var count = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (!IsLatin(word[0]) || at == 0 || !IsLatin(text[at - 1]))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(c) || (char.IsLetter(c) && c < '\u0370');

    [GeneratedRegex(@"\b(?:Mr|Mrs|Ms|Miss|Dr|anh|chị|em|ông|bà|cô|chú)\.?\s+\p{Lu}[\p{L}]*|[\p{IsCJKUnifiedIdeographs}]{1,3}(?:先生|女士|小姐|经理|經理|主管)")]
    private static partial Regex Titled();

    [GeneratedRegex(@"\b(?=[\p{L}]*[A-Za-z])(?=[\p{L}]*[\u0370-\u03FF\u0400-\u04FF])[\p{L}]+\b")]
    private static partial Regex MixedScript();
}
