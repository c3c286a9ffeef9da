using CoachBot.Coaching.Policy;

namespace CoachBot.Coaching.Tests.Policy;

public sealed class ConcessionCalculatorTests
{
    private static readonly CurrencyPolicy Usd = new("USD", "$", 2, 1);
    private static readonly CurrencyPolicy Vnd = new("VND", "₫", 0, 1000);
    private static readonly RoleAuthority FrontDesk = new(StaffRole.FrontDesk, 15, 20);

    [Fact]
    public void EffectivePercent_TenPercentPlusFiveOn120_IsOneCombinedPercentage() =>
        Assert.Equal(14.17m, Math.Round(ConcessionCalculator.EffectivePercent(120, new Concession(10, 5)), 2));

    [Fact]
    public void Assess_FiveMoreAfterTenPercent_IsWithinFrontDeskAuthorityWithHeadroomLeft()
    {
        var assessment = new ConcessionCalculator(Usd).Assess(FrontDesk, 120, Concession.OfPercent(10), Concession.OfAmount(5));

        Assert.Equal(14.17m, assessment.CombinedPercent);
        Assert.True(assessment.WithinAuthority);
        Assert.Equal(18m, assessment.Limit);    // 15% of 120 is below the $20 cap
        Assert.Equal(6m, assessment.Headroom);  // 18 - 12 already given
    }

    [Fact]
    public void Assess_AmountCapBindsBeforePercent_IsBeyondAuthority()
    {
        // 15% of 300 is 45, but the front desk may take at most $20 off a night.
        var assessment = new ConcessionCalculator(Usd).Assess(FrontDesk, 300, Concession.None, Concession.OfAmount(25));

        Assert.False(assessment.WithinAuthority);
        Assert.Equal(20m, assessment.Headroom);
    }

    [Fact]
    public void Plan_RegularAfterTenPercent_HoldsFirmThenGivesTheManagersSpecial()
    {
        var plan = new ConcessionCalculator(Usd).Plan(FrontDesk, 120, Concession.OfPercent(10), Concession.OfAmount(5), regularGuest: true);

        Assert.Equal([ConcessionStageKind.HoldFirm, ConcessionStageKind.ManagersSpecial], plan.Stages.Select(s => s.Kind));
        Assert.Equal(108m, plan.Stages[0].Price);
        Assert.Equal((5m, 17m, 103m, 14.17m), (plan.FinalOffer.ExtraOff, plan.FinalOffer.TotalOff, plan.FinalOffer.Price, plan.FinalOffer.EffectivePercent));
        Assert.Equal(1m, plan.Reserve);
        Assert.False(plan.NeedsManager);
    }

    [Fact]
    public void Plan_NewGuestWithinAuthority_TakesASmallStepBeforeTheFinalOffer()
    {
        var plan = new ConcessionCalculator(Usd).Plan(FrontDesk, 200, Concession.None, Concession.OfPercent(10), regularGuest: false);

        Assert.Equal([ConcessionStageKind.HoldFirm, ConcessionStageKind.SmallStep, ConcessionStageKind.ManagersSpecial], plan.Stages.Select(s => s.Kind));
        // $10 first, then $10 more on top of it: $20 (the 10% asked) in all, never $10 + $20.
        Assert.Equal([0m, 10m, 10m], plan.Stages.Select(s => s.ExtraOff));
        Assert.Equal([200m, 190m, 180m], plan.Stages.Select(s => s.Price));
    }

    [Fact]
    public void Plan_AskBeyondAuthority_OffersAtMostHalfTheHeadroomThenCallsTheManager()
    {
        var plan = new ConcessionCalculator(Usd).Plan(FrontDesk, 120, Concession.None, Concession.OfPercent(30), regularGuest: true);

        Assert.True(plan.NeedsManager);
        Assert.Equal(9m, plan.FinalOffer.ExtraOff); // half of the $18 limit
        Assert.Equal(9m, plan.Reserve);
    }

    [Fact]
    public void Plan_AuthorityAlreadySpent_OffersNothingAndCallsTheManager()
    {
        var plan = new ConcessionCalculator(Usd).Plan(FrontDesk, 120, Concession.OfPercent(15), Concession.OfAmount(5), regularGuest: true);

        Assert.Equal([ConcessionStageKind.HoldFirm, ConcessionStageKind.CallManager], plan.Stages.Select(s => s.Kind));
        Assert.True(plan.Assessment.AuthoritySpent);
        Assert.All(plan.Stages, s => Assert.Equal(0m, s.ExtraOff));
    }

    [Fact]
    public void Plan_VndRate_RoundsTheOfferDownToThousands()
    {
        var authority = new RoleAuthority(StaffRole.FrontDesk, 15, 500_000);

        var plan = new ConcessionCalculator(Vnd).Plan(authority, 1_234_567, Concession.None, Concession.OfPercent(7), regularGuest: true);

        Assert.Equal(86_000m, plan.FinalOffer.ExtraOff); // 7% is 86,419.69
        Assert.Equal(1_148_567m, plan.FinalOffer.Price);
    }

    [Fact]
    public void Assess_NonPositiveRate_IsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConcessionCalculator(Usd).Assess(FrontDesk, 0, Concession.None, Concession.OfPercent(5)));
}
