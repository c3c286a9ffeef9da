namespace CoachBot.Coaching.Policy;

/// <summary>
/// Works out concessions against a role's authority (H-07, H-18): a combined offer ("10% + $5") as one effective
/// percentage, whether it is within both limits, the headroom left, and a staged plan that holds firm first,
/// never goes past the limit or past what was asked, and never spends the whole authority in one step.
/// Suggested figures are rounded down to the currency's step; prices are rounded up, so the discount a
/// staffer reads is never larger than allowed.
/// </summary>
public sealed class ConcessionCalculator(CurrencyPolicy currency)
{
    private readonly CurrencyPolicy _currency = currency ?? throw new ArgumentNullException(nameof(currency));

    /// <summary>The concession as one percentage of <paramref name="rate"/> (unrounded): 10% + 5 on 120 is 14.1666…%.</summary>
    public static decimal EffectivePercent(decimal rate, Concession concession)
    {
        ArgumentNullException.ThrowIfNull(concession);
        return rate <= 0 ? 0 : concession.OffFor(rate) / rate * 100m;
    }

    /// <summary>Measures what is given and asked against <paramref name="authority"/> at <paramref name="rate"/> per night.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The rate is not positive, or a concession is negative.</exception>
    public ConcessionAssessment Assess(RoleAuthority authority, decimal rate, Concession given, Concession ask)
    {
        ArgumentNullException.ThrowIfNull(authority);
        ArgumentNullException.ThrowIfNull(given);
        ArgumentNullException.ThrowIfNull(ask);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rate);
        if (given.Percent < 0 || given.Amount < 0 || ask.Percent < 0 || ask.Amount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(ask), "A concession cannot be negative.");
        }

        var givenOff = given.OffFor(rate);
        var askOff = ask.OffFor(rate);
        var limit = authority.LimitFor(rate);
        return new ConcessionAssessment(
            authority,
            rate,
            given,
            ask,
            givenOff,
            askOff,
            givenOff + askOff,
            Math.Round(EffectivePercent(rate, given.Plus(ask)), 2, MidpointRounding.AwayFromZero),
            _currency.RoundDownToDecimals(limit),
            _currency.RoundDownToStep(limit - givenOff));
    }

    /// <summary>
    /// The staged plan; each stage's extra is on top of the stage before, so the extras add up to the final offer.
    /// Within authority: hold firm, then (not for a regular, whose script goes straight to the
    /// manager's special) a small step of about half, then the rest of the ask as the manager's special.
    /// Beyond authority: hold firm, a small step of at most half the headroom, then call the manager, keeping
    /// the rest in reserve for them.
    /// </summary>
    public ConcessionPlan Plan(RoleAuthority authority, decimal rate, Concession given, Concession ask, bool regularGuest)
    {
        var assessment = Assess(authority, rate, given, ask);
        var stages = new List<ConcessionStage> { Stage(assessment, ConcessionStageKind.HoldFirm, 0, 0) };
        decimal offered;
        if (assessment.WithinAuthority)
        {
            offered = _currency.RoundDownToStep(Math.Min(assessment.AskOff, assessment.Headroom));
            var small = _currency.RoundDownToStep(offered / 2);
            if (!regularGuest && small > 0 && small < offered)
            {
                stages.Add(Stage(assessment, ConcessionStageKind.SmallStep, small, Offered(stages)));
            }

            if (offered > 0)
            {
                stages.Add(Stage(assessment, ConcessionStageKind.ManagersSpecial, offered, Offered(stages)));
            }
        }
        else
        {
            offered = _currency.RoundDownToStep(Math.Min(assessment.AskOff, assessment.Headroom) / 2);
            if (offered > 0)
            {
                stages.Add(Stage(assessment, ConcessionStageKind.SmallStep, offered, Offered(stages)));
            }

            stages.Add(Stage(assessment, ConcessionStageKind.CallManager, offered, Offered(stages)));
        }

        return new ConcessionPlan(assessment, stages, Math.Max(0, assessment.Headroom - offered));
    }

    // What the stages so far take off on top of what was given: each stage's extra is on top of the one before, so they add up.
    private static decimal Offered(List<ConcessionStage> stages) => stages.Sum(s => s.ExtraOff);

    // offered: what this stage takes off in all on top of what was given; before: what the stages before it took
    // off, so this stage's extra (what a staffer reads as "more") is the difference.
    private ConcessionStage Stage(ConcessionAssessment assessment, ConcessionStageKind kind, decimal offered, decimal before)
    {
        var rate = assessment.Rate;
        var extra = offered - before;
        var total = assessment.GivenOff + offered;
        var price = _currency.RoundUpToDecimals(rate - total);
        var exact = (rate - price) / rate * 100m;
        var shown = Math.Round(exact, 2, MidpointRounding.AwayFromZero);

        // Rounding to two places must not make an offer within the limit read as above it.
        var max = assessment.Authority.MaxDiscountPercent;
        if (shown > max && exact <= max)
        {
            shown = max;
        }

        return new ConcessionStage(kind, extra, _currency.RoundDownToDecimals(total), price, shown);
    }
}
