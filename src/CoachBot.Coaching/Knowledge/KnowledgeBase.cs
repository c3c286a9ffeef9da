namespace CoachBot.Coaching.Knowledge;

/// <summary>
/// A validated set of playbooks: the fact vocabulary, the source registry and every rule in evaluation order
/// (safety overrides first, then priority descending, then file and rule order). Immutable once built.
/// </summary>
public sealed class KnowledgeBase
{
    internal KnowledgeBase(FactVocabulary facts, SourceRegistry sources, IReadOnlyList<Rule> rules, IReadOnlyList<string> files)
    {
        Facts = facts;
        Sources = sources;
        Files = files;
        Rules = InEvaluationOrder(rules);
        Domains = [.. Rules.Select(r => r.Domain).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    public FactVocabulary Facts { get; }

    public SourceRegistry Sources { get; }

    /// <summary>Every rule, in the order the engine evaluates them.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>The playbook files the rules came from, in load order.</summary>
    public IReadOnlyList<string> Files { get; }

    public IReadOnlyList<string> Domains { get; }

    /// <summary>Safety overrides first, then priority descending, then the order the rules were loaded in.</summary>
    internal static IReadOnlyList<Rule> InEvaluationOrder(IReadOnlyList<Rule> rules) =>
        [.. rules.Select((rule, order) => (rule, order))
            .OrderByDescending(x => x.rule.OverridesAll)
            .ThenByDescending(x => x.rule.Priority)
            .ThenBy(x => x.order)
            .Select(x => x.rule)];

    /// <summary>The distinct inventory ids the rules cite, in evaluation order.</summary>
    public IReadOnlyList<string> CitedSources() => [.. Rules.SelectMany(r => r.Sources).Distinct(StringComparer.Ordinal)];
}
