using System.Globalization;

namespace CoachBot.Coaching.Knowledge;

/// <summary>
/// One fact's value: a bool, a number or an enum symbol. A small struct so that a fact set can be
/// built and tested without boxing on the hot path of a turn.
/// </summary>
public readonly record struct FactValue
{
    private FactValue(FactKind kind, decimal number, string? symbol)
    {
        Kind = kind;
        Number = number;
        Symbol = symbol;
    }

    public FactKind Kind { get; }

    /// <summary>The number (1 or 0 for a bool).</summary>
    public decimal Number { get; }

    /// <summary>The enum symbol, as spelled in <c>facts.yaml</c>; null for bools and numbers.</summary>
    public string? Symbol { get; }

    public bool IsTrue => Kind == FactKind.Bool && Number != 0;

    public static FactValue Of(bool value) => new(FactKind.Bool, value ? 1 : 0, null);

    public static FactValue Of(decimal value) => new(FactKind.Number, value, null);

    public static FactValue OfSymbol(string symbol)
    {
        ArgumentException.ThrowIfNullOrEmpty(symbol);
        return new(FactKind.Enum, 0, symbol);
    }

    public override string ToString() => Kind switch
    {
        FactKind.Bool => IsTrue ? "true" : "false",
        FactKind.Number => Number.ToString(CultureInfo.InvariantCulture),
        _ => Symbol ?? string.Empty,
    };
}
