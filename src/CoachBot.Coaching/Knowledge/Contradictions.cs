namespace CoachBot.Coaching.Knowledge;

/// <summary>
/// Finds leaves inside one <c>all</c> (and the <c>all</c>s nested in it) that can never hold together:
/// one fact equal to two values, a value outside an <c>in</c> list, or bounds that leave no number.
/// </summary>
internal static class Contradictions
{
    public static IEnumerable<(int Line, string Message)> Find(AllCondition all)
    {
        var leaves = new List<Leaf>();
        Collect(all, leaves);
        for (var i = 0; i < leaves.Count; i++)
        {
            for (var j = i + 1; j < leaves.Count; j++)
            {
                if (leaves[i].Fact == leaves[j].Fact && Clash(leaves[i], leaves[j]))
                {
                    yield return (leaves[j].Line, $"'{leaves[i]}' and '{leaves[j]}' can never both hold");
                }
            }
        }
    }

    private static void Collect(Condition condition, List<Leaf> leaves)
    {
        if (condition is AllCondition all)
        {
            foreach (var child in all.Children)
            {
                Collect(child, leaves);
            }
        }
        else if (condition is FactCondition leaf)
        {
            leaves.Add(Leaf.From(leaf));
        }
    }

    private static bool Clash(Leaf a, Leaf b)
    {
        if (a.Op == ConditionOperator.Equals)
        {
            return !b.AcceptsValue(a.Value);
        }

        if (b.Op == ConditionOperator.Equals)
        {
            return !a.AcceptsValue(b.Value);
        }

        if (a.Op == ConditionOperator.In && b.Op is ConditionOperator.In or ConditionOperator.NotIn)
        {
            return a.Values.All(v => !b.AcceptsValue(v));
        }

        if (b.Op == ConditionOperator.In && a.Op == ConditionOperator.NotIn)
        {
            return b.Values.All(v => !a.AcceptsValue(v));
        }

        var (lower, upper) = a.IsLowerBound && b.IsUpperBound ? (a, b) : b.IsLowerBound && a.IsUpperBound ? (b, a) : (default, default);
        if (lower.Fact is null)
        {
            return false;
        }

        return lower.Value.Number > upper.Value.Number
            || (lower.Value.Number == upper.Value.Number && (lower.IsStrict || upper.IsStrict));
    }
}
