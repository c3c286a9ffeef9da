namespace CoachBot.Coaching.Recognition;

/// <summary>
/// The clarification question and button labels per reply language (<c>en</c>, <c>vi</c>, <c>zh</c>,
/// <c>zh_hant</c>), and the intents offered when the words give no candidates.
/// </summary>
internal sealed record ClarificationTexts(
    IReadOnlyDictionary<string, string> Question,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Labels,
    IReadOnlyList<string> DefaultChoices);
