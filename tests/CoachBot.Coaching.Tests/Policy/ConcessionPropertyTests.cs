using CoachBot.Coaching.Policy;

namespace CoachBot.Coaching.Tests.Policy;

/// <summary>
/// Properties of the concession calculator over thousands of random rates (dollars to millions of dong),
/// currencies, roles and asks, from a fixed seed so a failure can be replayed.
/// </summary>
public sealed class ConcessionPropertyTests
{
    private const int Cases = 5000;

    private static readonly CurrencyPolicy[] Currencies =
    [
        new("USD", "$", 2, 1),
        new("USD", "$", 2, 0.01m),
        new("VND", "₫", 0, 1000),
        new("CNY", "¥", 2, 1),
        new("TWD", "NT$", 0, 10),
    ];

    [Fact]
    public void Plan_AnyRateRoleAndAsk_NeverSuggestsAFigureBeyondTheRolesLimits()
    {
        foreach (var c in RandomCases(seed: 20240518))
        {
            var plan = new ConcessionCalculator(c.Currency).Plan(c.Authority, c.Rate, c.Given, c.Ask, c.Regular);
            var percentLimit = c.Rate * c.Authority.MaxDiscountPercent / 100m;
            var givenOff = c.Given.OffFor(c.Rate);
            var offered = 0m;
            foreach (var stage in plan.Stages)
            {
                offered += stage.ExtraOff;
                var off = c.Rate - stage.Price;
                Assert.True(stage.ExtraOff >= 0, c.ToString());
                Assert.True(stage.ExtraOff == 0 || stage.ExtraOff % c.Currency.RoundingStep == 0, $"{c}: {stage} is not rounded to the step");
                if (stage.ExtraOff > 0)
                {
                    // What is suggested on top of the earlier discount keeps the total within both limits.
                    Assert.True(off <= percentLimit && off <= c.Authority.MaxAmountPerNight, $"{c}: {stage} exceeds the authority");
                    Assert.True(stage.TotalOff <= percentLimit && stage.TotalOff <= c.Authority.MaxAmountPerNight, $"{c}: {stage}");
                    Assert.True(stage.EffectivePercent <= c.Authority.MaxDiscountPercent, $"{c}: {stage} reads as above the percent limit");
                }

                // Never more than the guest asked for; the price is the current offer less the extra, up to the currency's smallest unit.
                var unit = 1m / (decimal)Math.Pow(10, c.Currency.Decimals);
                Assert.True(offered <= c.Ask.OffFor(c.Rate), $"{c}: {stage} gives more than asked");
                Assert.InRange(c.Rate - givenOff - offered - stage.Price, -unit, 0m);
            }
        }
    }

    [Fact]
    public void Plan_AnyCase_HoldsFirmFirstAndNeverSpendsTheWholeHeadroomInOneStep()
    {
        foreach (var c in RandomCases(seed: 7))
        {
            var plan = new ConcessionCalculator(c.Currency).Plan(c.Authority, c.Rate, c.Given, c.Ask, c.Regular);

            Assert.Equal(ConcessionStageKind.HoldFirm, plan.Stages[0].Kind);
            Assert.Equal(0m, plan.Stages[0].ExtraOff);
            Assert.All(plan.Stages, s => Assert.True(s.ExtraOff >= 0, $"{c}: {s} takes back")); // each step adds, none takes back

            var steps = plan.Stages.Select(s => s.ExtraOff).Where(d => d > 0).ToList();
            var headroom = plan.Assessment.Headroom;
            if (!plan.Assessment.WithinAuthority)
            {
                // Beyond authority: something is always kept back for the manager.
                Assert.True(plan.Reserve > 0 || headroom < 2 * c.Currency.RoundingStep, $"{c}: nothing kept in reserve");
                Assert.True(plan.NeedsManager, c.ToString());
            }
            else if (!c.Regular && steps.Sum() >= 2 * c.Currency.RoundingStep)
            {
                Assert.True(steps.Count >= 2, $"{c}: a new guest's discount came in one step");
                Assert.All(steps, s => Assert.True(s < headroom, $"{c}: one step spent the whole headroom"));
            }
        }
    }

    [Fact]
    public void Plan_AnyCase_EachStepIsThePreviousPriceLessItsExtraAndNeverGoesBack()
    {
        foreach (var c in RandomCases(seed: 31337))
        {
            var plan = new ConcessionCalculator(c.Currency).Plan(c.Authority, c.Rate, c.Given, c.Ask, c.Regular);
            var first = plan.Stages[0];

            // Holding firm is the price after what was already given, nothing more.
            Assert.Equal(0m, first.ExtraOff);
            Assert.Equal(c.Currency.RoundUpToDecimals(c.Rate - c.Given.OffFor(c.Rate)), first.Price);
            foreach (var (before, stage) in plan.Stages.Zip(plan.Stages.Skip(1)))
            {
                // "X more" is on top of the step before: its price and total follow from the previous step's, exactly.
                Assert.Equal(before.Price - stage.ExtraOff, stage.Price);
                Assert.Equal(before.TotalOff + stage.ExtraOff, stage.TotalOff);
                Assert.True(stage.Price <= before.Price && stage.EffectivePercent >= before.EffectivePercent, $"{c}: {before} then {stage}");
                Assert.InRange(stage.EffectivePercent - ((c.Rate - stage.Price) / c.Rate * 100m), -0.01m, 0.01m); // the % off in all at this price
            }

            // The extras add up to the final offer, which is what the last price says.
            Assert.Equal(first.Price - plan.Stages.Sum(s => s.ExtraOff), plan.Stages[^1].Price);
        }
    }

    [Fact]
    public void Assess_AnyCombinedOffer_IsOneEffectivePercentageAndDecidesAuthorityOnBothLimits()
    {
        foreach (var c in RandomCases(seed: 99))
        {
            var assessment = new ConcessionCalculator(c.Currency).Assess(c.Authority, c.Rate, c.Given, c.Ask);
            var combinedOff = c.Given.OffFor(c.Rate) + c.Ask.OffFor(c.Rate);
            var expectedPercent = Math.Round(combinedOff / c.Rate * 100m, 2, MidpointRounding.AwayFromZero);

            Assert.Equal(expectedPercent, assessment.CombinedPercent);
            Assert.Equal(combinedOff, assessment.CombinedOff);
            var within = combinedOff <= c.Rate * c.Authority.MaxDiscountPercent / 100m && combinedOff <= c.Authority.MaxAmountPerNight;
            Assert.Equal(within, assessment.WithinAuthority);
            Assert.True(assessment.Headroom >= 0 && assessment.Headroom + c.Given.OffFor(c.Rate) <= c.Authority.LimitFor(c.Rate) + 0.0000001m
                || assessment.Headroom == 0, c.ToString());
        }
    }

    private static IEnumerable<Case> RandomCases(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < Cases; i++)
        {
            var currency = Currencies[random.Next(Currencies.Length)];
            var rate = currency.Code switch
            {
                "VND" => random.Next(300, 20_000) * 1000m,       // 300,000 ₫ to 20 million ₫
                "TWD" => random.Next(1_500, 30_000),
                _ => Math.Round((decimal)(20 + (random.NextDouble() * 980)), 2),
            };
            var perNightCap = currency.RoundDownToStep(rate * (decimal)random.NextDouble() * 0.6m);
            var authority = new RoleAuthority((StaffRole)random.Next(5), random.Next(0, 51), perNightCap);
            var given = random.Next(3) switch
            {
                0 => Concession.None,
                1 => Concession.OfPercent(random.Next(1, 30)),
                _ => new Concession(random.Next(0, 20), currency.RoundDownToStep(rate * 0.05m)),
            };
            var ask = random.Next(3) switch
            {
                0 => Concession.OfPercent(random.Next(1, 60)),
                1 => Concession.OfAmount(currency.RoundDownToStep(rate * (decimal)random.NextDouble() * 0.5m)),
                _ => new Concession(random.Next(1, 20), currency.RoundDownToStep(rate * 0.03m)),
            };
            yield return new Case(currency, authority, rate, given, ask, random.Next(2) == 0);
        }
    }

    private sealed record Case(CurrencyPolicy Currency, RoleAuthority Authority, decimal Rate, Concession Given, Concession Ask, bool Regular);
}
