namespace CoachBot.Coaching.Knowledge;

/// <summary>
/// A condition leaf <c>{fact, op, value}</c>, its operand already typed for the fact's kind. A fact that is
/// not in the set makes every leaf false (and so <c>not</c> of it true): unknown is never a match.
/// </summary>
public sealed class FactCondition : Condition
{
    private readonly FactValue[] _values;

    public FactCondition(string fact, ConditionOperator op, FactValue value, IReadOnlyList<FactValue>? values = null)
    {
        Fact = fact;
        Operator = op;
        Value = value;
        _values = values is null ? [] : [.. values];
    }

    public string Fact { get; }

    public ConditionOperator Operator { get; }

    /// <summary>The operand of equals, not_equals and the comparisons.</summary>
    public FactValue Value { get; }

    /// <summary>The operands of in and not_in.</summary>
    public IReadOnlyList<FactValue> Values => _values;

    public override bool Matches(FactSet facts, List<FactMatch> matched)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(matched);
        if (!facts.TryGet(Fact, out var actual) || !Test(actual))
        {
            return false;
        }

        matched.Add(new FactMatch(Fact, actual));
        return true;
    }

    private bool Test(FactValue actual) => Operator switch
    {
        ConditionOperator.Exists => true,
        ConditionOperator.IsTrue => actual.Kind == FactKind.Bool && actual.IsTrue,
        ConditionOperator.IsFalse => actual.Kind == FactKind.Bool && !actual.IsTrue,
        ConditionOperator.Equals => actual.Equals(Value),
        ConditionOperator.NotEquals => !actual.Equals(Value),
        ConditionOperator.In => Contains(actual),
        ConditionOperator.NotIn => !Contains(actual),
        ConditionOperator.GreaterThan => actual.Kind == FactKind.Number && actual.Number > Value.Number,
        ConditionOperator.GreaterOrEqual => actual.Kind == FactKind.Number && actual.Number >= Value.Number,
        ConditionOperator.LessThan => actual.Kind == FactKind.Number && actual.Number < Value.Number,
        ConditionOperator.LessOrEqual => actual.Kind == FactKind.Number && actual.Number <= Value.Number,
        _ => false,
    };

    private bool Contains(FactValue actual)
    {
        foreach (var value in _values)
        {
            if (actual.Equals(value))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => Operator switch
    {
        ConditionOperator.In or ConditionOperator.NotIn => $"{Fact} {Operator} [{string.Join(", ", _values)}]",
        ConditionOperator.Exists or ConditionOperator.IsTrue or ConditionOperator.IsFalse => $"{Fact} {Operator}",
        _ => $"{Fact} {Operator} {Value}",
    };
}
