using CoachBot.Coaching.Knowledge;

namespace CoachBot.Coaching.Recognition;

/// <summary>
/// Adds up what the phrases say: intent scores (with the support fact phrases lend their intents), bool facts
/// (a plain mention beats a negated one) and enum facts (the heaviest value wins; on a tie, the first in
/// the text). A negated phrase supports no intent.
/// </summary>
internal static class FactCollector
{
    public static void Collect(IReadOnlyList<ContentHit> hits, FactSet facts, Dictionary<string, double> scores)
    {
        var plain = new Dictionary<string, string>(StringComparer.Ordinal);
        var negated = new Dictionary<string, string>(StringComparer.Ordinal);
        var enums = new Dictionary<string, Dictionary<string, (double Weight, int Position)>>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            var target = hit.Target;
            if (target.Kind == TargetKind.Intent)
            {
                if (!hit.Negated)
                {
                    scores[target.Name] = scores.GetValueOrDefault(target.Name) + target.Weight;
                }

                continue;
            }

            var rule = target.Fact!;

            // A topic fact that keeps its value when negated ("không được gọi báo thức" is still about the
            // wake-up call) is not negated at all, and still supports its intents.
            var negatedHit = hit.Negated && rule.NegatedValue != rule.Value;
            var value = negatedHit ? rule.NegatedValue : rule.Value;
            if (!negatedHit)
            {
                foreach (var (intent, weight) in rule.Supports)
                {
                    scores[intent] = scores.GetValueOrDefault(intent) + weight;
                }
            }

            if (value is null)
            {
                continue;
            }

            if (rule.Kind == FactKind.Bool)
            {
                (negatedHit ? negated : plain)[rule.Fact] = value;
                continue;
            }

            var values = enums.TryGetValue(rule.Fact, out var v) ? v : enums[rule.Fact] = [];
            var (sum, position) = values.GetValueOrDefault(value, (0, hit.Match.Start));
            values[value] = (sum + target.Weight, Math.Min(position, hit.Match.Start));
        }

        foreach (var (fact, value) in negated)
        {
            facts.Set(fact, value == "true");
        }

        foreach (var (fact, value) in plain)
        {
            facts.Set(fact, value == "true");
        }

        foreach (var (fact, values) in enums)
        {
            var best = values.OrderByDescending(p => p.Value.Weight).ThenBy(p => p.Value.Position).First();
            facts.Set(fact, best.Key);
        }
    }
}
