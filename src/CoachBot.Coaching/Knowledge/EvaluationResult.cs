namespace CoachBot.Coaching.Knowledge;

/// <summary>
/// The result tree of one evaluation: the rules that fired in order (safety overrides first, then priority,
/// then file order), the rules an exclusive group held back, and the merged advice.
/// </summary>
public sealed record EvaluationResult(IReadOnlyList<RuleFiring> Fired, IReadOnlyList<SuppressedRule> Suppressed, Advice Advice)
{
    /// <summary>True when a safety rule fired: its advice comes before anything else.</summary>
    public bool OverrideFired => Fired.Count > 0 && Fired[0].OverridesAll;

    public bool HasFired(string ruleId)
    {
        foreach (var firing in Fired)
        {
            if (firing.RuleId == ruleId)
            {
                return true;
            }
        }

        return false;
    }
}
