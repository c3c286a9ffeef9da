namespace CoachBot.Coaching.Knowledge;

/// <summary>
/// One rule that fired: which rule, what it cites, and the facts that satisfied its condition (names and
/// values only, never the user's words) — what "why?" shows and analytics keep.
/// </summary>
public sealed record RuleFiring(Rule Rule, IReadOnlyList<FactMatch> MatchedFacts)
{
    public string RuleId => Rule.Id;

    public IReadOnlyList<string> Sources => Rule.Sources;

    public bool OverridesAll => Rule.OverridesAll;

    public RuleOutcome Outcome => Rule.Then;
}
