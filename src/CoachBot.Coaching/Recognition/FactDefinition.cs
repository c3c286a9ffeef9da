using CoachBot.Coaching.Knowledge;

namespace CoachBot.Coaching.Recognition;

/// <summary>One fact of <c>facts.yaml</c>, as far as the recogniser needs it to validate the lexicon.</summary>
internal sealed record FactDefinition(string Name, FactKind Kind, IReadOnlySet<string> Values, IReadOnlySet<string> SetBy)
{
    public bool RecogniserMaySet => SetBy.Contains("recogniser");
}
