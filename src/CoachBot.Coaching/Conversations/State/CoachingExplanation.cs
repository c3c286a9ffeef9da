using CoachBot.Coaching.Knowledge;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// What the last advice rested on, kept in state for "why?", the escalation notice and feedback: the intent,
/// the classification, the rules that fired with their sources and matched facts, and the escalation if any.
/// Never the user's words.
/// </summary>
public sealed record CoachingExplanation(
    string Intent,
    string? Classification,
    IReadOnlyList<ExplainedRule> Rules,
    string? EscalationTarget,
    string? EscalationUrgency)
{
    /// <summary>What the advice was built from, for its refinement buttons; null for an explanation of something else.</summary>
    public AdviceMemory? Memory { get; init; }

    /// <summary>The ids of the rules that fired, in firing order.</summary>
    public IReadOnlyList<string> RuleIds => [.. Rules.Select(r => r.RuleId)];

    /// <summary>The explanation of <paramref name="result"/>.</summary>
    public static CoachingExplanation From(string intent, EvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var escalation = result.Advice.Escalation;
        return new CoachingExplanation(
            intent,
            result.Advice.Classification?.Key,
            [.. result.Fired.Select(f => new ExplainedRule(f.RuleId, f.Sources, [.. f.MatchedFacts.Select(m => m.ToString())]))],
            escalation is null ? null : Snake(escalation.To.ToString()),
            escalation?.Urgency.ToString().ToLowerInvariant());
    }

    private static string Snake(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
