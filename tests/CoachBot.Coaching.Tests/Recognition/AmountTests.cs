using CoachBot.Coaching.Recognition;

namespace CoachBot.Coaching.Tests.Recognition;

public sealed class AmountTests(RecogniserFixture fixture) : IClassFixture<RecogniserFixture>
{
    [Theory]
    [InlineData("khách muốn giảm thêm $5", 5, AmountKind.Money, "USD")]
    [InlineData("khách muốn giảm thêm 5 đô", 5, AmountKind.Money, "USD")]
    [InlineData("khach muon giam them 5 do", 5, AmountKind.Money, "USD")]
    [InlineData("guest wants 5 usd off", 5, AmountKind.Money, "USD")]
    [InlineData("she wants 10% off", 10, AmountKind.Percent, null)]
    [InlineData("khách đòi giảm 10 phần trăm", 10, AmountKind.Percent, null)]
    [InlineData("khách đòi giảm 1tr2", 1200000, AmountKind.Money, "VND")] // "tr" is a multiplier only the đồng uses
    [InlineData("khách đòi giảm 1,2 triệu", 1200000, AmountKind.Money, "VND")]
    [InlineData("khách đòi giảm 500k", 500000, AmountKind.Money, null)]
    [InlineData("khách đòi giảm 1.500.000đ", 1500000, AmountKind.Money, "VND")]
    [InlineData("客人要再便宜120万", 1200000, AmountKind.Money, null)]
    [InlineData("客人还要再便宜一千二", 1200, AmountKind.Money, null)]
    [InlineData("客人要再便宜三百五十元", 350, AmountKind.Money, "CNY")]
    [InlineData("客人要九折", 10, AmountKind.DiscountMultiplier, null)]
    [InlineData("客人要八五折", 15, AmountKind.DiscountMultiplier, null)]
    [InlineData("客人要求打9折", 10, AmountKind.DiscountMultiplier, null)]
    [InlineData("客人要百分之十的优惠", 10, AmountKind.Percent, null)]
    public void Recognise_AmountAsTyped_ParsedValueKindAndCurrency(string text, double value, AmountKind kind, string? currency)
    {
        var amount = Assert.Single(fixture.Recogniser.Recognise(text).Amounts);

        Assert.Equal((decimal)value, amount.Value);
        Assert.Equal(kind, amount.Kind);
        Assert.Equal(currency, amount.Currency);
    }

    [Fact]
    public void Recognise_RateAskAndGivenDiscount_EachAmountToItsFact()
    {
        var facts = fixture.Recogniser.Recognise("rate is 120, she wants $5 more off after 10%").Facts;

        Assert.True(facts.TryGet("room_rate", out var rate));
        Assert.Equal(120m, rate.Number);
        Assert.True(facts.TryGet("ask_amount", out var ask));
        Assert.Equal(5m, ask.Number);
        Assert.True(facts.TryGet("discount_given_percent", out var given));
        Assert.Equal(10m, given.Number);
        Assert.True(facts.TryGet("discount_already_given", out var already) && already.IsTrue);
    }

    [Fact]
    public void Recognise_VietnameseRateAndAsk_EachAmountToItsFact()
    {
        var facts = fixture.Recogniser.Recognise("giá phòng 1tr2, khách quen đã được giảm 10% rồi mà còn đòi giảm thêm 100k").Facts;

        Assert.True(facts.TryGet("room_rate", out var rate));
        Assert.Equal(1200000m, rate.Number);
        Assert.True(facts.TryGet("discount_given_percent", out var given));
        Assert.Equal(10m, given.Number);
        Assert.True(facts.TryGet("ask_amount", out var ask));
        Assert.Equal(100000m, ask.Number);
    }

    [Fact]
    public void Recognise_ChineseGivenMultiplierAndAsk_EachAmountToItsFact()
    {
        var facts = fixture.Recogniser.Recognise("已经给他打了九折，客人还要再便宜5美元").Facts;

        Assert.True(facts.TryGet("discount_given_percent", out var given));
        Assert.Equal(10m, given.Number);
        Assert.True(facts.TryGet("ask_amount", out var ask));
        Assert.Equal(5m, ask.Number);
    }

    [Theory]
    [InlineData("she wants 30% off the 120 rate", 120, 30)]
    [InlineData("guest asks 30% off our 120 rate", 120, 30)]
    [InlineData("khách muốn giảm 30% trên giá 1tr2", 1200000, 30)]
    [InlineData("客人要120的房价打七折", 120, 30)]
    public void Recognise_RateWordAfterItsNumber_NumberIsTheRatePercentIsTheAsk(string text, double rate, double ask)
    {
        var facts = fixture.Recogniser.Recognise(text).Facts;

        Assert.True(facts.TryGet("room_rate", out var roomRate));
        Assert.Equal((decimal)rate, roomRate.Number);
        Assert.True(facts.TryGet("ask_percent", out var askPercent));
        Assert.Equal((decimal)ask, askPercent.Number);
        Assert.False(facts.TryGet("ask_amount", out _), "the rate is not an ask");
    }

    [Theory]
    [InlineData("we lost a 40-room conference for 10 days")]
    [InlineData("his 12th stay with us, arriving at 8:30")]
    [InlineData("客人十分生气，住了两三天")]
    public void Recognise_CountsAndTimes_NoAmounts(string text)
    {
        Assert.Empty(fixture.Recogniser.Recognise(text).Amounts);
    }
    [Theory]
    [InlineData("Ông khách phòng 301 cứ gõ cửa phòng khác lúc nửa đêm")]
    [InlineData("khach phong 301 cu go cua phong khac")]
    public void Recognise_RoomNumberBeforeAWordThatFoldsLikeASlangUnit_NoAmount(string text) =>
        Assert.Empty(fixture.Recogniser.Recognise(text).Amounts);

    [Theory]
    [InlineData("rate is $120, already gave 10%, he wants 5% more. My limit is 15%", 15, 5)]
    [InlineData("giá phòng 1.200.000đ, khách đòi giảm 25%, em được giảm tới 20%", 20, 25)]
    [InlineData("房价680元,客人要打七折,我的权限最多八五折", 15, 30)]
    public void Recognise_StaffersOwnLimit_IsTheLimitNotTheAsk(string text, double limit, double ask)
    {
        var recognition = fixture.Recogniser.Recognise(text);
        var terms = Coaching.Conversations.DiscountTerms.From(recognition.Amounts);

        Assert.Equal((decimal)limit, terms.StatedLimitPercent);
        Assert.Equal((decimal)ask, terms.Ask?.Percent);
    }

    [Theory]
    [InlineData("we're 95% full tonight and the guest wants 10% off", 10)]
    [InlineData("khách sạn công suất 90%, khách đòi giảm 15%", 15)]
    [InlineData("今晚入住率95%,客人要打八折", 20)]
    [InlineData("入住率达到95%,客人要打八折", 20)]
    [InlineData("công suất đạt 95%, khách đòi giảm 15%", 15)]
    [InlineData("occupancy is at 95% and the guest wants 10% off", 10)]
    [InlineData("should I give him the full 20% now?", 20)]
    public void Recognise_HowFullTheHotelIs_NotAnAsk(string text, double ask)
    {
        var facts = fixture.Recogniser.Recognise(text).Facts;

        Assert.True(facts.TryGet("ask_percent", out var askPercent));
        Assert.Equal((decimal)ask, askPercent.Number);
    }

    [Theory]
    [InlineData("rate is USD 120, already gave him 10% off, he says make it 95", 13)]
    [InlineData("rate is 120, already gave him 10% off, he wants 95 a night", 13)]
    public void Recognise_PriceWantedAfterADiscountGiven_AskIsFromWhatTheGuestPaysNow(string text, double ask)
    {
        var terms = Coaching.Conversations.DiscountTerms.From(fixture.Recogniser.Recognise(text).Amounts);

        Assert.Equal((decimal)ask, terms.Ask?.Amount);
    }
}
