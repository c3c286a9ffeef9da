namespace CoachBot.Coaching.Knowledge;

/// <summary>Checks that need every rule at once: unique ids across files, and reachable rules in exclusive groups.</summary>
internal static class RuleSetChecks
{
    public static void CheckDuplicates(IReadOnlyList<Rule> rules, List<PlaybookError> errors)
    {
        var seen = new Dictionary<string, Rule>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (seen.TryGetValue(rule.Id, out var first))
            {
                errors.Add(new PlaybookError(rule.File, rule.Line, rule.Id, $"duplicate rule id (first defined in {first.File}:{first.Line})"));
            }
            else
            {
                seen.Add(rule.Id, rule);
            }
        }
    }

    /// <summary>
    /// In an exclusive group only the first matching rule (in evaluation order) fires, so a rule whose
    /// condition implies an earlier one's can never fire.
    /// </summary>
    public static void CheckUnreachable(IReadOnlyList<Rule> ordered, List<PlaybookError> errors)
    {
        foreach (var group in ordered.Where(r => r.Group is not null).GroupBy(r => r.Group, StringComparer.Ordinal))
        {
            var earlier = new List<Rule>();
            foreach (var rule in group)
            {
                var winner = earlier.FirstOrDefault(e => Implication.Implies(rule.When, e.When));
                if (winner is not null)
                {
                    errors.Add(new PlaybookError(rule.File, rule.Line, rule.Id,
                        $"unreachable: in exclusive group '{group.Key}' rule '{winner.Id}' (priority {winner.Priority}) matches whenever this rule does and fires first"));
                }

                earlier.Add(rule);
            }
        }
    }
}
