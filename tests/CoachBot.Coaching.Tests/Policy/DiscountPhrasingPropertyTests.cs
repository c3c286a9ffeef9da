using System.Globalization;
using CoachBot.Coaching.Conversations;
using CoachBot.Coaching.Policy;
using CoachBot.Coaching.Recognition;
using CoachBot.Coaching.Tests.Recognition;

namespace CoachBot.Coaching.Tests.Policy;

/// <summary>
/// From what a staffer types to the figures a card would read out, over random phrasings in each language, rates,
/// currencies and asks (fixed seeds, so a failure replays): a rate typed in another currency is never turned into a
/// plan in the property's currency; figures that cannot be an offer give no plan; every plan worked out has prices
/// above zero and at most the rate, never rising, percentages between 0 and 100 and within the authority, and no
/// negative amount.
/// </summary>
public sealed class DiscountPhrasingPropertyTests(SamplePolicy sample, RecogniserFixture recogniser) : IClassFixture<SamplePolicy>, IClassFixture<RecogniserFixture>
{
    private Recogniser Recogniser => recogniser.Recogniser;

    // {0} the rate with its currency, {1} the ask; one per language and a few word orders.
    private static readonly (string Language, string Template)[] Templates =
    [
        ("en", "rate is {0}, the guest wants {1} off"),
        ("en", "room rate {0} a night, she asks {1} off"),
        ("vi", "giá phòng {0}, khách muốn giảm {1}"),
        ("vi", "gia phong {0} mot dem, khach xin giam {1}"),
        ("zh", "房价{0}，客人要便宜{1}"),
        ("zh-Hant", "房價{0}，客人要便宜{1}"),
    ];

    [Fact]
    public void TypedFigures_AnyPhrasingCurrencyAndAsk_NoPlanInAnotherCurrencyAndEveryPlanReadableAtTheDesk()
    {
        var policy = sample.Policy;
        var calculator = new ConcessionCalculator(policy.Currency);
        var random = new Random(20261204);
        for (var i = 0; i < 3000; i++)
        {
            var (language, template) = Templates[random.Next(Templates.Length)];
            var (rateText, currency, rate) = Rate(random, language);
            var percentAsk = random.Next(2) == 0;
            var askValue = percentAsk ? random.Next(1, 100) : Math.Max(1, (int)(rate * (decimal)random.NextDouble() * 0.5m));
            var askText = percentAsk ? $"{askValue}%" : Money(askValue, currency, language);
            var message = string.Format(CultureInfo.InvariantCulture, template, rateText, askText);

            var terms = DiscountTerms.From(Recogniser.Recognise(message).Amounts);
            var traditional = language == "zh-Hant";
            var foreign = terms.ForeignCurrency(policy.Currency.Code, traditional);

            Assert.True(terms.Rate == rate, $"{message}: rate read as {terms.Rate}");
            var expectedForeign = currency is null or "USD" ? null : currency == "CNY" && traditional ? "TWD" : currency;
            Assert.True(foreign == expectedForeign, $"{message}: foreign currency {foreign ?? "none"}, expected {expectedForeign ?? "none"}");
            if (foreign is not null || terms.DoNotAddUp || !terms.IsComplete)
            {
                continue; // the card gives the script without figures and says why (DiscountAdvice.Notes)
            }

            var authority = policy.AuthorityFor((StaffRole)random.Next(Enum.GetValues<StaffRole>().Length));
            var plan = calculator.Plan(authority, terms.Rate!.Value, terms.Given, terms.Ask!, regularGuest: random.Next(2) == 0);
            var before = decimal.MaxValue;
            foreach (var stage in plan.Stages)
            {
                Assert.True(stage.Price > 0 && stage.Price <= rate, $"{message}: price {stage.Price}");
                Assert.True(stage.Price <= before, $"{message}: the price rose to {stage.Price}");
                Assert.True(stage.EffectivePercent is >= 0 and <= 100, $"{message}: {stage.EffectivePercent}% off");
                Assert.True(stage.ExtraOff >= 0 && stage.TotalOff >= 0, $"{message}: a negative amount in {stage}");
                if (stage.ExtraOff > 0)
                {
                    Assert.True(stage.EffectivePercent <= authority.MaxDiscountPercent, $"{message}: {stage} beyond {authority}");
                }

                before = stage.Price;
            }

            Assert.True(plan.Reserve >= 0, message);
            Assert.Equal(plan.Stages[0].Price - plan.Stages.Sum(s => s.ExtraOff), plan.Stages[^1].Price);
        }
    }

    [Theory]
    [InlineData("Giá phòng 1.800.000đ, khách muốn giảm 10%", "VND", false)]
    [InlineData("gia phong 2tr, khach xin giam 10%", "VND", false)]
    [InlineData("giá phòng 1tr2, khách xin bớt 100k", "VND", false)]
    [InlineData("房价800元，客人要打九折", "CNY", false)]
    [InlineData("房價800元，客人要打九折", "TWD", true)]
    [InlineData("房價NT$3,200，客人要打八五折", "TWD", true)]
    [InlineData("rate is $120, he wants 10% off", null, false)]
    [InlineData("rate is one hundred and twenty dollars, he wants ten percent off", null, false)]
    public void TypedCurrency_EachPhrasing_NamedAndNeverMixedWithTheUsdCaps(string message, string? foreign, bool traditional)
    {
        var terms = DiscountTerms.From(Recogniser.Recognise(message).Amounts);

        Assert.Equal(foreign, terms.ForeignCurrency(sample.Policy.Currency.Code, traditional));
        Assert.NotNull(terms.Ask);
    }

    [Theory]
    [InlineData("rate is 100 dollars, already gave 110 dollars, he wants 5% more")]
    [InlineData("rate is 100 dollars, he wants 120% off")]
    [InlineData("rate is 100 dollars, already gave 10%, he wants 95% more")]
    public void ImpossibleFigures_NoPlan(string message) =>
        Assert.True(DiscountTerms.From(Recogniser.Recognise(message).Amounts).DoNotAddUp, message);

    [Fact]
    public void TwoNightlyPrices_NoAmountOff_TheAskIsTheDifference()
    {
        var terms = DiscountTerms.From(Recogniser.Recognise("walk-in wants 100 dollars a night instead of 135").Amounts);

        Assert.Equal(135m, terms.Rate);
        Assert.Equal(Concession.OfAmount(35), terms.Ask);
    }

    [Theory]
    [InlineData("The rate is 95 USD and he wants it for 80", 95, 15)]
    [InlineData("room rate $150, guest will pay only $120", 150, 30)]
    public void PriceTheGuestWants_TheAskIsTheDifferenceNotTheWholePrice(string message, decimal rate, decimal off)
    {
        var terms = DiscountTerms.From(Recogniser.Recognise(message).Amounts);

        Assert.Equal(rate, terms.Rate);
        Assert.Equal(Concession.OfAmount(off), terms.Ask);
    }

    private static (string Text, string? Currency, decimal Rate) Rate(Random random, string language)
    {
        var pick = random.Next(4);
        return pick switch
        {
            0 => Typed(random.Next(30, 900), "USD", language),
            1 => Typed(random.Next(3, 90) * 100_000, "VND", language),
            2 => Typed(random.Next(200, 5000), "CNY", language),
            _ => Typed(random.Next(30, 900), null, language),
        };

        static (string, string?, decimal) Typed(decimal value, string? currency, string language) => (Money(value, currency, language), currency, value);
    }

    private static string Money(decimal value, string? currency, string language)
    {
        var number = value.ToString("0", CultureInfo.InvariantCulture);
        return currency switch
        {
            "USD" => language.StartsWith("zh", StringComparison.Ordinal) ? number + "美元" : "$" + number,
            "VND" => number + "đ",
            "CNY" => number + "元",
            _ => number,
        };
    }
}
