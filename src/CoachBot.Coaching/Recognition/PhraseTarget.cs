namespace CoachBot.Coaching.Recognition;

/// <summary>
/// One meaning of a phrase: an intent (Name) with a weight, a fact value (Fact), a negation cue or clause
/// break (Name = language), a language marker (Name = language) or an amount role cue (Name = role).
/// </summary>
internal sealed record PhraseTarget(TargetKind Kind, string Name, double Weight, FactValueRule? Fact = null);
