using CoachBot.Dialogs;

namespace CoachBot.Coaching.Knowledge;

/// <summary>The <c>then</c> of a rule: what the user gets when it fires.</summary>
public sealed record RuleOutcome(
    Classification? Classification,
    IReadOnlyList<LocalizedText> Steps,
    IReadOnlyList<LocalizedText> Say,
    IReadOnlyList<LocalizedText> Avoid,
    IReadOnlyList<FactQuestion> Ask,
    Escalation? Escalation,
    bool OverridesAll);
