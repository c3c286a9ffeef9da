namespace CoachBot.Coaching.Recognition;

/// <summary>An intent or fact phrase found in the text, and whether a negation cue governs it.</summary>
internal readonly record struct ContentHit(KeywordMatch Match, PhraseTarget Target, bool Negated);
