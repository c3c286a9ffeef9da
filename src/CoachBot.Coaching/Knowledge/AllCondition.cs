namespace CoachBot.Coaching.Knowledge;

/// <summary>Holds when every child holds.</summary>
public sealed class AllCondition(IReadOnlyList<Condition> children) : Condition
{
    private readonly Condition[] _children = [.. children];

    public IReadOnlyList<Condition> Children => _children;

    public override bool Matches(FactSet facts, List<FactMatch> matched)
    {
        ArgumentNullException.ThrowIfNull(matched);
        var mark = matched.Count;
        foreach (var child in _children)
        {
            if (!child.Matches(facts, matched))
            {
                matched.RemoveRange(mark, matched.Count - mark);
                return false;
            }
        }

        return true;
    }

    public override string ToString() => "all(" + string.Join(", ", _children.Select(c => c.ToString())) + ")";
}
