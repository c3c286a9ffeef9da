namespace CoachBot.Coaching.Knowledge;

/// <summary>A fact that satisfied a rule's condition: its name and value (never the user's words).</summary>
public readonly record struct FactMatch(string Name, FactValue Value)
{
    public override string ToString() => $"{Name}={Value}";
}
