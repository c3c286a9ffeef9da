namespace CoachBot.Coaching.Knowledge;

/// <summary>
/// Evaluates the rules of a knowledge base over a fact set. Deterministic: the same facts give the same
/// result, because rules run in the knowledge base's fixed order and exclusive groups keep their first match.
/// </summary>
public sealed class RulesEngine(KnowledgeBase knowledge)
{
    public KnowledgeBase Knowledge { get; } = knowledge ?? throw new ArgumentNullException(nameof(knowledge));

    /// <summary>
    /// Runs every rule (or only those of <paramref name="domain"/>; safety rules that override all run
    /// whatever the domain) and merges the advice.
    /// </summary>
    public EvaluationResult Evaluate(FactSet facts, string? domain = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var fired = new List<RuleFiring>();
        List<SuppressedRule>? suppressed = null;
        List<RuleFiring>? groupWinners = null;
        var matched = new List<FactMatch>(8);
        var rules = Knowledge.Rules;
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            if (domain is not null && !rule.OverridesAll && !string.Equals(rule.Domain, domain, StringComparison.Ordinal))
            {
                continue;
            }

            matched.Clear();
            if (!rule.When.Matches(facts, matched))
            {
                continue;
            }

            if (rule.Group is { } group)
            {
                if (Winner(groupWinners, group) is { } winner)
                {
                    (suppressed ??= []).Add(new SuppressedRule(rule.Id, group, winner.RuleId));
                    continue;
                }
            }

            var firing = new RuleFiring(rule, matched.ToArray());
            fired.Add(firing);
            if (rule.Group is not null)
            {
                (groupWinners ??= []).Add(firing);
            }
        }

        return new EvaluationResult(fired, suppressed ?? [], Advice.Merge(fired, facts));
    }

    // A loop, not List.Find with a lambda: a closure over the group was made for every grouped rule that matched.
    private static RuleFiring? Winner(List<RuleFiring>? winners, string group)
    {
        if (winners is null)
        {
            return null;
        }

        foreach (var winner in winners)
        {
            if (string.Equals(winner.Rule.Group, group, StringComparison.Ordinal))
            {
                return winner;
            }
        }

        return null;
    }
}
