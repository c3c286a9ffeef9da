namespace CoachBot.Coaching.Knowledge;

/// <summary>
/// A compiled rule condition. Built once at load from the playbook's <c>when</c>; evaluation is a walk over
/// small objects with no allocation beyond the caller's list of matched facts.
/// </summary>
public abstract class Condition
{
    /// <summary>The playbook line the condition starts on.</summary>
    public int Line { get; init; }

    /// <summary>
    /// True when the facts satisfy the condition. The facts that made it true are appended to
    /// <paramref name="matched"/>; on false the list is left as it was.
    /// </summary>
    public abstract bool Matches(FactSet facts, List<FactMatch> matched);
}
