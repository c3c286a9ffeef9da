namespace CoachBot.Coaching.Knowledge;

/// <summary>Holds when at least one child holds; the facts of the first child that holds are recorded.</summary>
public sealed class AnyCondition(IReadOnlyList<Condition> children) : Condition
{
    private readonly Condition[] _children = [.. children];

    public IReadOnlyList<Condition> Children => _children;

    public override bool Matches(FactSet facts, List<FactMatch> matched)
    {
        foreach (var child in _children)
        {
            if (child.Matches(facts, matched))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => "any(" + string.Join(", ", _children.Select(c => c.ToString())) + ")";
}
