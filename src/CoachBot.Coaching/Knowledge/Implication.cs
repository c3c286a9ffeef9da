namespace CoachBot.Coaching.Knowledge;

/// <summary>
/// A conservative test of "whenever <c>a</c> holds, <c>b</c> holds", used to find rules of an exclusive group
/// that a higher-priority rule always beats. It may miss an implication, never invent one.
/// </summary>
internal static class Implication
{
    public static bool Implies(Condition a, Condition b)
    {
        switch (b)
        {
            case AlwaysCondition:
                return true;
            case AllCondition allB when a is not AnyCondition:
                return allB.Children.All(child => Implies(a, child));
        }

        switch (a)
        {
            case AlwaysCondition:
                return false;
            case AnyCondition anyA:
                return anyA.Children.All(child => Implies(child, b));
            case AllCondition allA when allA.Children.Any(child => Implies(child, b)):
                return true;
        }

        if (b is AnyCondition anyB)
        {
            return anyB.Children.Any(child => Implies(a, child));
        }

        return (a, b) switch
        {
            (FactCondition x, FactCondition y) => LeafImplies(Leaf.From(x), Leaf.From(y)),
            (NotCondition x, NotCondition y) => Implies(y.Inner, x.Inner),
            _ => false,
        };
    }

    private static bool LeafImplies(Leaf a, Leaf b)
    {
        if (a.Fact != b.Fact)
        {
            return false;
        }

        if (b.Op == ConditionOperator.Exists)
        {
            return true;
        }

        return a.Op switch
        {
            ConditionOperator.Equals => b.AcceptsValue(a.Value),
            ConditionOperator.In => a.Values.All(b.AcceptsValue),
            ConditionOperator.NotEquals => b.Op == ConditionOperator.NotEquals && a.Value.Equals(b.Value),
            ConditionOperator.NotIn => b.Op is ConditionOperator.NotIn or ConditionOperator.NotEquals
                && (b.Op == ConditionOperator.NotIn ? b.Values : [b.Value]).All(a.Contains),
            _ when a.IsLowerBound && b.IsLowerBound =>
                a.Value.Number > b.Value.Number || (a.Value.Number == b.Value.Number && (a.IsStrict || !b.IsStrict)),
            _ when a.IsUpperBound && b.IsUpperBound =>
                a.Value.Number < b.Value.Number || (a.Value.Number == b.Value.Number && (a.IsStrict || !b.IsStrict)),
            _ => false,
        };
    }
}
