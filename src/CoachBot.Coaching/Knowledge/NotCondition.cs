namespace CoachBot.Coaching.Knowledge;

/// <summary>Holds when the inner condition does not; it records no facts (absence is not a value).</summary>
public sealed class NotCondition(Condition inner) : Condition
{
    public Condition Inner { get; } = inner;

    public override bool Matches(FactSet facts, List<FactMatch> matched)
    {
        ArgumentNullException.ThrowIfNull(matched);
        var mark = matched.Count;
        if (Inner.Matches(facts, matched))
        {
            matched.RemoveRange(mark, matched.Count - mark);
            return false;
        }

        return true;
    }

    public override string ToString() => $"not({Inner})";
}
