using CoachBot.Coaching.Knowledge;

namespace CoachBot.Coaching.Recognition;

/// <summary>
/// What the lexicon says about one fact value: its kind, the intents it supports (with weights), and the
/// value to set instead when the phrase is negated (for bools: false; for enums: none unless given).
/// </summary>
internal sealed record FactValueRule(
    string Fact,
    string Value,
    FactKind Kind,
    IReadOnlyDictionary<string, double> Supports,
    string? NegatedValue);
