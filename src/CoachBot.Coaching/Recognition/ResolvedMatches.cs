namespace CoachBot.Coaching.Recognition;

/// <summary>The phrases of one message after overlaps and negation are resolved.</summary>
internal sealed record ResolvedMatches(
    IReadOnlyList<ContentHit> Content,
    IReadOnlyList<RoleCue> RoleCues,
    IReadOnlyDictionary<string, double> LanguageMarkers);
