using System.Buffers;
using System.Collections.Frozen;
using CoachBot.Coaching.Recognition;

namespace CoachBot.Coaching.Training;

/// <summary>
/// Grades a trainee's free-text answer (en, vi, zh; traditional Chinese and Vietnamese without marks too) against
/// role-play checks by rule, no model: the answer is folded the way the recogniser reads a message, one pass of an
/// automaton over every check phrase, negation cue, clause break and neutral phrase finds them all, and each check
/// passes or fails on whether one of its phrases occurs un-negated (<see cref="NegationRules"/>). Deterministic and
/// thread-safe; one call per answer allocates the folded text and a few small lists.
/// </summary>
public sealed partial class AnswerGrader
{
    /// <summary>The languages phrases are given in; traditional Chinese is folded onto <c>zh</c>.</summary>
    public static readonly IReadOnlyList<string> Languages = ["en", "vi", "zh"];

    // A question check counts a phrase only in a sentence that ends with "?" (full-width marks are folded to ASCII;
    // the ideographic full stop is not).
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".!?。\n");

    private readonly Func<string, string> _fold;
    private readonly KeywordAutomaton _automaton;
    private readonly GradingPhrase[] _phrases;
    private readonly FrozenDictionary<string, int> _checks;
    private readonly int[] _window;
    private readonly SearchValues<char> _breakPunctuation;

    /// <param name="checks">Every check the grader may be asked about.</param>
    /// <param name="negation">The cues, breaks and neutral phrases.</param>
    /// <param name="fold">How text is folded before matching (the recogniser's); phrases are folded the same way.</param>
    internal AnswerGrader(IReadOnlyList<RolePlayCheck> checks, NegationRules negation, Func<string, string> fold)
    {
        // "the intern's fault" names the intern: a possessive 's is dropped before folding, from answers and phrases alike.
        fold = WithoutPossessives(fold);
        _fold = fold;
        _checks = checks.Select((c, i) => (c.Id, i)).DistinctBy(c => c.Id, StringComparer.Ordinal).ToFrozenDictionary(c => c.Id, c => c.i, StringComparer.Ordinal);
        _window = [.. Languages.Select(l => negation.Window.GetValueOrDefault(l))];
        _breakPunctuation = SearchValues.Create(negation.BreakPunctuation);

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var phrases = new List<GradingPhrase>();
        GradingPhrase Phrase(string written)
        {
            // A phrase that folds to nothing is refused at load; here it is simply never found.
            var folded = fold(written);
            if (folded.Length == 0)
            {
                return new GradingPhrase();
            }

            if (!index.TryGetValue(folded, out var i))
            {
                i = phrases.Count;
                index[folded] = i;
                phrases.Add(new GradingPhrase());
            }

            return phrases[i];
        }

        for (var c = 0; c < checks.Count; c++)
        {
            foreach (var (language, list) in checks[c].Phrases)
            {
                foreach (var written in list)
                {
                    Phrase(written).Uses.Add((c, Bit(language), written));
                }
            }
        }

        foreach (var (language, list) in negation.Cues)
        {
            foreach (var cue in list)
            {
                Phrase(cue).CueLanguages |= Bit(language);
            }
        }

        foreach (var word in negation.Breaks.Values.SelectMany(l => l))
        {
            Phrase(word).IsBreak = true;
        }

        foreach (var word in negation.Neutral.Values.SelectMany(l => l))
        {
            Phrase(word).IsNeutral = true;
        }

        _phrases = [.. phrases];
        _automaton = new KeywordAutomaton([.. index.OrderBy(p => p.Value).Select(p => p.Key)]);
    }

    /// <summary>A grader with no checks, for an empty book.</summary>
    internal static AnswerGrader Empty { get; } = new([], NegationRules.None, static text => text);

    /// <summary>
    /// Grades <paramref name="answer"/> on each of <paramref name="checks"/>, in their order. Only the checks' own phrases
    /// appear in the results, never the answer's words.
    /// </summary>
    /// <exception cref="ArgumentException">A check this grader was not built with.</exception>
    public IReadOnlyList<CheckResult> Grade(string answer, IReadOnlyList<RolePlayCheck> checks)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(checks);
        var text = _fold(answer);
        var matches = _automaton.FindAll(text);
        var neutral = matches.FindAll(m => _phrases[m.Phrase].IsNeutral);
        var hits = matches.FindAll(m => _phrases[m.Phrase].Uses.Count > 0 && !neutral.Exists(n => Swallows(n, m)));
        var breaks = matches.FindAll(m => _phrases[m.Phrase].IsBreak);
        // A cue inside a check phrase is part of it ("not our fault"); one that starts before a phrase and runs into it
        // ("không có" before "có xe đưa") still negates it.
        var live = matches.FindAll(m => _phrases[m.Phrase].CueLanguages != 0
            && !neutral.Exists(n => Overlaps(n, m))
            && !hits.Exists(h => h.Start <= m.Start && m.End <= h.End));
        var cues = live.FindAll(c => !live.Exists(o => o.Contains(c)));

        var results = new CheckResult[checks.Count];
        for (var i = 0; i < checks.Count; i++)
        {
            results[i] = Grade(text, checks[i], hits, cues, breaks);
        }

        return results;
    }

    private CheckResult Grade(string text, RolePlayCheck check, List<KeywordMatch> hits, List<KeywordMatch> cues, List<KeywordMatch> breaks)
    {
        if (!_checks.TryGetValue(check.Id, out var id))
        {
            throw new ArgumentException($"check '{check.Id}' is not one this grader was built with", nameof(check));
        }

        string? negated = null;
        foreach (var hit in hits)
        {
            foreach (var (c, languages, written) in _phrases[hit.Phrase].Uses)
            {
                if (c != id || (check.Question && !EndsWithQuestionMark(text, hit.End)))
                {
                    continue;
                }

                if (!IsNegated(text, hit, languages, cues, breaks))
                {
                    return new CheckResult(check, check.Expect == CheckExpectation.Present, written, Negated: false);
                }

                negated ??= written;
            }
        }

        return new CheckResult(check, check.Expect == CheckExpectation.Absent, negated, Negated: negated is not null);
    }

    private bool IsNegated(string text, KeywordMatch hit, byte languages, List<KeywordMatch> cues, List<KeywordMatch> breaks)
    {
        foreach (var cue in cues)
        {
            var shared = _phrases[cue.Phrase].CueLanguages & languages;
            if (shared == 0 || cue.Start >= hit.Start || MatchResolver.Units(text, cue.End, hit.Start) > Window(shared))
            {
                continue;
            }

            if (text.AsSpan(cue.End, Math.Max(0, hit.Start - cue.End)).IndexOfAny(_breakPunctuation) < 0
                && !breaks.Exists(b => b.Start >= cue.End && b.End <= hit.Start))
            {
                return true;
            }
        }

        return false;
    }

    // The widest reach among the languages a cue and a phrase share.
    private int Window(int languages)
    {
        var window = 0;
        for (var l = 0; l < _window.Length; l++)
        {
            if ((languages & (1 << l)) != 0)
            {
                window = Math.Max(window, _window[l]);
            }
        }

        return window;
    }

    private static bool EndsWithQuestionMark(string text, int from)
    {
        var end = text.AsSpan(from).IndexOfAny(SentenceEnds);
        return end >= 0 && text[from + end] == '?';
    }

    // A neutral phrase swallows a phrase inside it, or one that starts in its middle ("tại anh" in "hiện tại anh");
    // one that merely starts where it starts ("别的酒店" over "别的") is a longer phrase of its own.
    private static bool Swallows(KeywordMatch neutral, KeywordMatch hit) =>
        (neutral.Start <= hit.Start && hit.End <= neutral.End && neutral.Length > hit.Length)
        || (neutral.Start < hit.Start && hit.Start < neutral.End);

    private static bool Overlaps(KeywordMatch a, KeywordMatch b) => a.Start < b.End && b.Start < a.End;

    private static byte Bit(string language) => (byte)(1 << Math.Max(0, IndexOf(language)));

    private static int IndexOf(string language)
    {
        for (var i = 0; i < Languages.Count; i++)
        {
            if (string.Equals(Languages[i], language, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static Func<string, string> WithoutPossessives(Func<string, string> fold) =>
        text => fold(Possessive().Replace(text, "$1"));

    [System.Text.RegularExpressions.GeneratedRegex(@"(\p{L})['’]s\b")]
    private static partial System.Text.RegularExpressions.Regex Possessive();
}
