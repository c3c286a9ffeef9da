namespace CoachBot.Coaching.Training;

/// <summary>
/// When a phrase found in an answer counts as negated, per language (en, vi, zh): a cue ("won't", "không", "不会")
/// stands before it within <see cref="Window"/> words (Han characters for Chinese) in the same clause. A clause ends at
/// <see cref="BreakPunctuation"/> or a break word ("but", "nhưng", "但是"). A cue inside a neutral phrase ("don't worry",
/// "không sao", "不好意思") or inside a check's own phrase ("not our fault") negates nothing, and a check phrase inside a
/// neutral phrase (or starting in its middle: "tại anh" in "hiện tại anh") is not found. Kept in the checks file, beside the
/// phrases it governs, rather than shared with the recogniser's lexicon: a trainee's reply to a guest is read for what it
/// commits to, a staff report for what happened, and the two need different reaches and breaks.
/// </summary>
/// <param name="Window">Per language, how many words (or Han characters) may stand between a cue and the phrase it negates.</param>
/// <param name="BreakPunctuation">Characters that end a clause.</param>
/// <param name="Cues">Negation cues per language.</param>
/// <param name="Breaks">Words that end a clause, per language.</param>
/// <param name="Neutral">Phrases that hold a cue or the start of a check phrase and mean neither, per language.</param>
public sealed record NegationRules(
    IReadOnlyDictionary<string, int> Window,
    string BreakPunctuation,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Cues,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Breaks,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Neutral)
{
    /// <summary>No negation at all: what an empty role-play book grades with.</summary>
    public static NegationRules None { get; } = new(new Dictionary<string, int>(), string.Empty, new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, IReadOnlyList<string>>());
}
