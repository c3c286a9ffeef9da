using CoachBot.Coaching.Knowledge;

namespace CoachBot.Coaching.Conversations;

/// <summary>One fact as kept in dialog state between turns: its name and value, never the user's words.</summary>
public sealed record StoredFact(string Name, FactKind Kind, decimal Number, string? Symbol)
{
    /// <summary>The fact's value.</summary>
    public FactValue ToValue() => Kind switch
    {
        FactKind.Bool => FactValue.Of(Number != 0),
        FactKind.Number => FactValue.Of(Number),
        _ => FactValue.OfSymbol(Symbol ?? string.Empty),
    };

    /// <summary>"name=value", as "why?" shows it.</summary>
    public override string ToString() => $"{Name}={ToValue()}";
}
