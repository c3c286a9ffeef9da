using CoachBot.Coaching.Policy;
using CoachBot.Coaching.Recognition;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// The figures of a discount request as far as the staffer gave them: the rate per night, what was already given,
/// what the guest asks on top; each null (or none) when not given. The negotiation script needs none of them.
/// </summary>
public sealed record DiscountTerms(decimal? Rate, Concession Given, Concession? Ask)
{
    /// <summary>No figures.</summary>
    public static DiscountTerms None { get; } = new(null, Concession.None, null);

    /// <summary>The ISO code named with a sum of money ("2tr", "800元", "NT$3,200"); null when none was named.</summary>
    public string? Currency { get; init; }

    /// <summary>
    /// The percent limit the staffer said they have ("my limit is 10%"), or null: it lowers the configured role's
    /// for this conversation, never raises it.
    /// </summary>
    public decimal? StatedLimitPercent { get; init; }

    /// <summary>Whether the staged plan can be worked out (a rate and an ask).</summary>
    public bool IsComplete => Rate is > 0 && Ask is { IsNone: false };

    /// <summary>Whether any figure was given.</summary>
    public bool IsEmpty => Rate is null && Given.IsNone && Ask is null && StatedLimitPercent is null;

    /// <summary>The figures the recogniser found: "rate is 120, $5 more after 10%" gives 120, 10% given and $5 asked.</summary>
    public static DiscountTerms From(IReadOnlyList<Amount> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var rates = amounts.Where(a => a.Role == AmountRole.RoomRate && a.Kind == AmountKind.Money).Select(a => a.Value).ToList();
        var rate = rates.Count > 0 ? rates[0] : (decimal?)null;
        var given = Sum(amounts.Where(a => a.Role == AmountRole.Given));
        var asked = amounts.Where(a => a.Role == AmountRole.Ask).ToList();
        var ask = asked.Count == 0 ? null : Sum(asked);
        var target = amounts.FirstOrDefault(a => a.Role == AmountRole.TargetPrice && a.Kind == AmountKind.Money)?.Value;
        if (rate is { } known && target is > 0 && ask is null && known - given.OffFor(known) is var paying && target < paying)
        {
            // "Rate 95, he wants it for 80": the price he wants, so the ask is the difference from what he would pay
            // now ("120 less the 10% given, make it 95": 13 more, not 25).
            ask = Concession.OfAmount(paying - target.Value);
        }

        if (rates.Count == 2 && ask is null && rates[0] != rates[1])
        {
            // Two nightly prices and no amount off ("wants 100 a night instead of 135"): the rate and the price the
            // guest wants, so the ask is the difference from what he would pay now (none if he already pays less).
            rate = Math.Max(rates[0], rates[1]);
            var now = rate.Value - given.OffFor(rate.Value);
            var wanted = Math.Min(rates[0], rates[1]);
            ask = wanted < now ? Concession.OfAmount(now - wanted) : null;
        }

        var currency = amounts.Where(a => a.Kind == AmountKind.Money).Select(a => a.Currency).FirstOrDefault(c => c is not null);
        // A percentage limit from 0 (nothing without the manager) to 100; a limit in money is not read (the role's
        // amount cap stays the property's).
        var limit = amounts.FirstOrDefault(a => a.Role == AmountRole.Limit && a.Kind != AmountKind.Money && a.Value is >= 0 and <= 100)?.Value;
        return new DiscountTerms(rate, given, ask) { Currency = currency, StatedLimitPercent = limit };
    }

    /// <summary>
    /// The currency the figures were typed in when it is not the property's: 元 and ¥ read as CNY, which is the
    /// New Taiwan dollar (TWD) for someone writing traditional Chinese. Null when no currency was named or it is the
    /// property's own.
    /// </summary>
    public string? ForeignCurrency(string propertyCode, bool traditionalWriter)
    {
        var code = Currency == "CNY" && traditionalWriter ? "TWD" : Currency;
        return code is null || string.Equals(code, propertyCode, StringComparison.OrdinalIgnoreCase) ? null : code;
    }

    /// <summary>
    /// Whether the figures cannot describe a real offer: given and asked together more than 100% off, or as much off
    /// as the rate itself. No plan is worked out from them; the card asks to check them.
    /// </summary>
    public bool DoNotAddUp =>
        Given.Percent + (Ask?.Percent ?? 0) > 100
        || (Rate is > 0 && Given.OffFor(Rate.Value) + (Ask?.OffFor(Rate.Value) ?? 0) >= Rate.Value);

    /// <summary>These figures with every figure <paramref name="newer"/> gives put in place of the old one.</summary>
    public DiscountTerms With(DiscountTerms newer)
    {
        ArgumentNullException.ThrowIfNull(newer);
        var anyMoney = newer.Rate is not null || newer.Given.Amount > 0 || newer.Ask?.Amount > 0;
        return new DiscountTerms(newer.Rate ?? Rate, newer.Given.IsNone ? Given : newer.Given, newer.Ask ?? Ask)
        {
            Currency = anyMoney ? newer.Currency : Currency,
            StatedLimitPercent = newer.StatedLimitPercent ?? StatedLimitPercent,
        };
    }

    private static Concession Sum(IEnumerable<Amount> amounts) =>
        amounts.Aggregate(Concession.None, (sum, a) => sum.Plus(a.Kind == AmountKind.Money ? Concession.OfAmount(a.Value) : Concession.OfPercent(a.Value)));
}
