namespace CoachBot.Coaching.Knowledge;

/// <summary>The operators of a condition leaf (spelled snake_case in the playbooks).</summary>
public enum ConditionOperator
{
    Equals,
    NotEquals,
    In,
    NotIn,
    GreaterThan,
    GreaterOrEqual,
    LessThan,
    LessOrEqual,
    Exists,
    IsTrue,
    IsFalse,
}
