namespace CoachBot.Coaching.Knowledge;

/// <summary>The condition of a rule without <c>when</c>: it always holds.</summary>
public sealed class AlwaysCondition : Condition
{
    public static AlwaysCondition Instance { get; } = new();

    public override bool Matches(FactSet facts, List<FactMatch> matched) => true;

    public override string ToString() => "always";
}
