using System.Globalization;

namespace CoachBot.Coaching.Policy;

/// <summary>
/// The property's currency: ISO code, symbol, decimals shown, and the step suggested figures are rounded to
/// (VND rounds to 1,000). Suggested concessions are rounded down, so rounding never takes a figure past a limit.
/// </summary>
public sealed record CurrencyPolicy(string Code, string Symbol, int Decimals, decimal RoundingStep)
{
    /// <summary><paramref name="amount"/> rounded down to a multiple of <see cref="RoundingStep"/> (never below zero).</summary>
    public decimal RoundDownToStep(decimal amount) =>
        amount <= 0 ? 0 : Math.Floor(amount / RoundingStep) * RoundingStep;

    /// <summary><paramref name="amount"/> rounded down to the currency's decimals.</summary>
    public decimal RoundDownToDecimals(decimal amount) => Math.Round(amount, Decimals, MidpointRounding.ToZero);

    /// <summary><paramref name="amount"/> rounded up to the currency's decimals (for prices, so the discount shown is never larger).</summary>
    public decimal RoundUpToDecimals(decimal amount) => Math.Round(amount, Decimals, MidpointRounding.ToPositiveInfinity);

    /// <summary>The amount as staff read it: "$103", "$99.50", "1,080,000 ₫" (grouped, no needless decimals).</summary>
    public string Format(decimal amount)
    {
        var rounded = Math.Round(amount, Decimals, MidpointRounding.AwayFromZero);
        var whole = rounded == Math.Truncate(rounded);
        var number = rounded.ToString(whole ? "#,0" : "#,0." + new string('0', Decimals), CultureInfo.InvariantCulture);
        return Symbol.Length == 1 && !char.IsLetter(Symbol[0]) && Symbol != "₫" ? Symbol + number : number + " " + Symbol;
    }
}
