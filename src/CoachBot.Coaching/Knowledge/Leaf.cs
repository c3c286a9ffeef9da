namespace CoachBot.Coaching.Knowledge;

/// <summary>
/// A condition leaf in a normal form for reasoning about rules at load time: is_true and is_false become
/// equals true / false, so the checks below have fewer cases.
/// </summary>
internal readonly record struct Leaf(string Fact, ConditionOperator Op, FactValue Value, IReadOnlyList<FactValue> Values, int Line = 0)
{
    public static Leaf From(FactCondition c) => c.Operator switch
    {
        ConditionOperator.IsTrue => new(c.Fact, ConditionOperator.Equals, FactValue.Of(true), [], c.Line),
        ConditionOperator.IsFalse => new(c.Fact, ConditionOperator.Equals, FactValue.Of(false), [], c.Line),
        _ => new(c.Fact, c.Operator, c.Value, c.Values, c.Line),
    };

    public bool IsLowerBound => Op is ConditionOperator.GreaterThan or ConditionOperator.GreaterOrEqual;

    public bool IsUpperBound => Op is ConditionOperator.LessThan or ConditionOperator.LessOrEqual;

    public bool IsStrict => Op is ConditionOperator.GreaterThan or ConditionOperator.LessThan;

    public bool Contains(FactValue value) => Values.Contains(value);

    /// <summary>True when the single value <paramref name="v"/> satisfies this leaf.</summary>
    public bool AcceptsValue(FactValue v) => Op switch
    {
        ConditionOperator.Exists => true,
        ConditionOperator.Equals => v.Equals(Value),
        ConditionOperator.NotEquals => !v.Equals(Value),
        ConditionOperator.In => Contains(v),
        ConditionOperator.NotIn => !Contains(v),
        ConditionOperator.GreaterThan => v.Kind == FactKind.Number && v.Number > Value.Number,
        ConditionOperator.GreaterOrEqual => v.Kind == FactKind.Number && v.Number >= Value.Number,
        ConditionOperator.LessThan => v.Kind == FactKind.Number && v.Number < Value.Number,
        ConditionOperator.LessOrEqual => v.Kind == FactKind.Number && v.Number <= Value.Number,
        _ => false,
    };

    public override string ToString() => Op switch
    {
        ConditionOperator.In or ConditionOperator.NotIn => $"{Fact} {Name(Op)} [{string.Join(", ", Values)}]",
        ConditionOperator.Exists => $"{Fact} exists",
        _ => $"{Fact} {Name(Op)} {Value}",
    };

    private static string Name(ConditionOperator op) => op switch
    {
        ConditionOperator.Equals => "equals",
        ConditionOperator.NotEquals => "not_equals",
        ConditionOperator.In => "in",
        ConditionOperator.NotIn => "not_in",
        ConditionOperator.GreaterThan => "gt",
        ConditionOperator.GreaterOrEqual => "gte",
        ConditionOperator.LessThan => "lt",
        _ => "lte",
    };
}
