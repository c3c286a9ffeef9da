namespace CoachBot.Coaching.Knowledge;

/// <summary>One compiled playbook rule, with where it was written (for errors and for "why?").</summary>
public sealed record Rule(
    string Id,
    string Domain,
    IReadOnlyList<string> Sources,
    int Priority,
    string? Group,
    Condition When,
    RuleOutcome Then,
    string File,
    int Line)
{
    public bool OverridesAll => Then.OverridesAll;
}
