using CoachBot.Coaching.Knowledge;

namespace CoachBot.Coaching.Recognition;

/// <summary>One fact of <c>facts.yaml</c>, as far as the recogniser needs it to validate the lexicon (kept apart from Knowledge so the recogniser loads without the playbook schema).</summary>
internal sealed record KnownFact(string Name, FactKind Kind, IReadOnlySet<string> Values, IReadOnlySet<string> SetBy)
{
    public bool RecogniserMaySet => SetBy.Contains("recogniser");
}
