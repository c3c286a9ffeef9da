namespace CoachBot.Coaching.Knowledge;

/// <summary>The type of a fact, as declared in <c>facts.yaml</c>.</summary>
public enum FactKind
{
    Bool,
    Number,
    Enum,
}
