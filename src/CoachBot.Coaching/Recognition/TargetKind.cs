namespace CoachBot.Coaching.Recognition;

/// <summary>What finding a lexicon phrase means.</summary>
internal enum TargetKind
{
    Intent,
    Fact,
    Negation,
    ClauseBreak,
    LanguageMarker,
    AmountRole,

    /// <summary>A phrase that means nothing but swallows the phrases inside it ("thời gian" holds "giận" once folded).</summary>
    Neutral,
}
