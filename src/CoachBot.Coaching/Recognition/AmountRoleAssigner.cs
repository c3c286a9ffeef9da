using CoachBot.Coaching.Knowledge;

namespace CoachBot.Coaching.Recognition;

/// <summary>
/// Decides what each amount refers to from the nearest role cue (one before the amount is preferred to one
/// after), and turns them into facts: "rate is 120, she wants $5 more off after 10%" gives room_rate 120,
/// ask_amount 5, discount_given_percent 10 and discount_already_given. A percentage with no cue is taken as
/// the ask; a bare number with no cue is dropped, as it is more likely a count or a room number. A
/// room-rate word right after a sum wins over every other cue.
/// </summary>
internal static class AmountRoleAssigner
{
    private const int AfterPenalty = 4;

    public static List<Amount> Assign(
        string text, IReadOnlyList<ParsedAmount> parsed, IReadOnlyList<RoleCue> cues, AmountTables tables, FactSet facts)
    {
        var amounts = new List<Amount>(parsed.Count);
        foreach (var amount in parsed)
        {
            var role = NearestRole(text, amount, cues, tables);
            if (role == AmountRole.None && amount.Kind != AmountKind.Money)
            {
                role = AmountRole.Ask;
            }

            if (role == AmountRole.None && amount.Bare)
            {
                continue;
            }

            // Dividing by 1.000… drops trailing zeros: 1,2 triệu reads as 1200000, not 1200000.0.
            amounts.Add(new Amount(amount.Value / 1.000000000000000000000000000m, amount.Kind, amount.Currency, role));
            SetFact(amounts[^1], facts);
        }

        return amounts;
    }

    private static void SetFact(Amount amount, FactSet facts)
    {
        var money = amount.Kind == AmountKind.Money;
        var name = amount.Role switch
        {
            AmountRole.RoomRate when money => "room_rate",
            AmountRole.Ask => money ? "ask_amount" : "ask_percent",
            AmountRole.Given when !money => "discount_given_percent",
            _ => null,
        };
        if (amount.Role == AmountRole.Given)
        {
            facts.Set("discount_already_given", true);
        }

        if (name is not null && !facts.TryGet(name, out _))
        {
            facts.Set(name, amount.Value);
        }
    }

    private static AmountRole NearestRole(string text, ParsedAmount amount, IReadOnlyList<RoleCue> cues, AmountTables tables)
    {
        var best = AmountRole.None;
        var bestDistance = int.MaxValue;
        foreach (var cue in cues)
        {
            if ((cue.Role == AmountRole.RoomRate && amount.Kind != AmountKind.Money) || !OccupancyFits(text, amount, cue))
            {
                continue;
            }

            var distance = cue.End <= amount.Start && amount.Start - cue.End <= tables.RoleWindowBefore
                ? amount.Start - cue.End
                : cue.Start >= amount.End && cue.Start - amount.End <= tables.RoleWindowAfter
                    ? (NamesTheAmount(text, amount, cue) ? -1 : cue.Start - amount.End + AfterPenalty)
                    : int.MaxValue;
            if (distance < bestDistance)
            {
                (best, bestDistance) = (cue.Role, distance);
            }
        }

        return best;
    }

    // An occupancy word counts only for the percentage next to it, on its own side: "the full 20%" is a discount.
    private static bool OccupancyFits(string text, ParsedAmount amount, RoleCue cue)
    {
        if (cue.Role is not (AmountRole.Occupancy or AmountRole.OccupancyRate))
        {
            return true;
        }

        if (amount.Kind == AmountKind.Money)
        {
            return false;
        }

        // The occupancy word on its own side of the percentage, nothing but a space or a colon between: linking words
        // ("công suất đạt 95%", "入住率达到95%") are phrases of the lexicon's own.
        var after = cue.Role == AmountRole.Occupancy;
        if (after ? cue.Start < amount.End : cue.End > amount.Start)
        {
            return false;
        }

        var gap = after ? text.AsSpan(amount.End, cue.Start - amount.End) : text.AsSpan(cue.End, amount.Start - cue.End);
        return gap.Trim(" :").IsEmpty;
    }

    /// <summary>
    /// A room-rate word right after a sum ("the 120 rate", "120 a night", "120的房价") names that sum, so it
    /// beats any ask cue before it ("30% off the 120 rate": the 30% is the ask, 120 the rate); so does an occupancy
    /// word after a percentage ("95% full").
    /// </summary>
    private static bool NamesTheAmount(string text, ParsedAmount amount, RoleCue cue)
    {
        if (cue.Role is not (AmountRole.RoomRate or AmountRole.Occupancy))
        {
            return false;
        }

        var gap = text.AsSpan(amount.End, cue.Start - amount.End).Trim(' ');
        return gap.IsEmpty || gap.SequenceEqual("的");
    }
}
