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

    /// <summary>Whether the staged plan can be worked out (a rate and an ask).</summary>
    public bool IsComplete => Rate is > 0 && Ask is { IsNone: false };

    /// <summary>Whether any figure was given.</summary>
    public bool IsEmpty => Rate is null && Given.IsNone && Ask is null;

    /// <summary>The figures the recogniser found: "rate is 120, $5 more after 10%" gives 120, 10% given and $5 asked.</summary>
    public static DiscountTerms From(IReadOnlyList<Amount> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var rate = amounts.FirstOrDefault(a => a.Role == AmountRole.RoomRate && a.Kind == AmountKind.Money)?.Value;
        var given = Sum(amounts.Where(a => a.Role == AmountRole.Given));
        var asked = amounts.Where(a => a.Role == AmountRole.Ask).ToList();
        return new DiscountTerms(rate, given, asked.Count == 0 ? null : Sum(asked));
    }

    /// <summary>These figures with every figure <paramref name="newer"/> gives put in place of the old one.</summary>
    public DiscountTerms With(DiscountTerms newer)
    {
        ArgumentNullException.ThrowIfNull(newer);
        return new DiscountTerms(newer.Rate ?? Rate, newer.Given.IsNone ? Given : newer.Given, newer.Ask ?? Ask);
    }

    private static Concession Sum(IEnumerable<Amount> amounts) =>
        amounts.Aggregate(Concession.None, (sum, a) => sum.Plus(a.Kind == AmountKind.Money ? Concession.OfAmount(a.Value) : Concession.OfPercent(a.Value)));
}
