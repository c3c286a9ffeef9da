namespace CoachBot.Coaching.Policy;

/// <summary>
/// A price concession on one night: a percentage of the rate and/or an amount in the property's currency
/// ("10% + $5"). It always counts as one effective percentage of the rate.
/// </summary>
public sealed record Concession(decimal Percent, decimal Amount)
{
    /// <summary>No concession.</summary>
    public static Concession None { get; } = new(0, 0);

    /// <summary>Whether this concession takes nothing off.</summary>
    public bool IsNone => Percent == 0 && Amount == 0;

    /// <summary>A percentage only.</summary>
    public static Concession OfPercent(decimal percent) => new(percent, 0);

    /// <summary>An amount only.</summary>
    public static Concession OfAmount(decimal amount) => new(0, amount);

    /// <summary>The money this takes off one night at <paramref name="rate"/>.</summary>
    public decimal OffFor(decimal rate) => (rate * Percent / 100m) + Amount;

    /// <summary>This concession and <paramref name="other"/> together.</summary>
    public Concession Plus(Concession other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Percent + other.Percent, Amount + other.Amount);
    }
}
