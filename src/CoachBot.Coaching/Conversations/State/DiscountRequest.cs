using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Policy;
using CoachBot.Coaching.Recognition;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// What the discount dialog begins with: the facts, and the figures read from the first message (the rate per
/// night, what was already given, what is asked on top), each null when the message did not say.
/// </summary>
internal sealed record DiscountRequest(FactSnapshot Facts, decimal? Rate, Concession Given, Concession? Ask)
{
    /// <summary>The figures the recogniser found: "rate is 120, $5 more after 10%" gives 120, 10% given and $5 asked.</summary>
    public static DiscountRequest From(FactSet facts, IReadOnlyList<Amount> amounts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(amounts);
        var rate = amounts.FirstOrDefault(a => a.Role == AmountRole.RoomRate && a.Kind == AmountKind.Money)?.Value;
        var given = Sum(amounts.Where(a => a.Role == AmountRole.Given));
        var asked = amounts.Where(a => a.Role == AmountRole.Ask).ToList();
        return new DiscountRequest(FactSnapshot.From(facts), rate, given, asked.Count == 0 ? null : Sum(asked));
    }

    private static Concession Sum(IEnumerable<Amount> amounts) =>
        amounts.Aggregate(Concession.None, (sum, a) => sum.Plus(a.Kind == AmountKind.Money ? Concession.OfAmount(a.Value) : Concession.OfPercent(a.Value)));
}
