namespace CoachBot.Coaching.Tests.Recognition;

/// <summary>A bare answer to "what is the rate?" or "how much off?" is read as typed, no cue words needed.</summary>
public sealed class AmountReaderTests(RecogniserFixture fixture) : IClassFixture<RecogniserFixture>
{
    [Theory]
    [InlineData("120", null, 120)]
    [InlineData("$5", null, 5)]
    [InlineData("5 đô", "vi-VN", 5)]
    [InlineData("1tr2", "vi-VN", 1200000)]
    [InlineData("1,2 triệu", "vi-VN", 1200000)]
    [InlineData("500k", null, 500000)]
    [InlineData("一百二", "zh-CN", 120)]
    [InlineData("一千二", "zh-CN", 1200)]
    [InlineData("120万", "zh-CN", 1200000)]
    [InlineData("about 95 a night", "en-US", 95)]
    [InlineData("1.500.000đ", "vi-VN", 1500000)]
    [InlineData("1.500", "vi-VN", 1500)]
    [InlineData("1,500", "en-US", 1500)]
    [InlineData("1.5", "en-US", 1.5)]
    public void TryReadMoney_BareAnswer_Value(string text, string? locale, double expected)
    {
        Assert.True(fixture.Recogniser.Amounts.TryReadMoney(text, locale, out var value));

        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("1,500", "vi-VN", 1.5)]
    [InlineData("1.500", "en-US", 1.5)]
    [InlineData("1.500", null, 1500)]
    public void TryReadMoney_SingleMarkBeforeThreeDigits_LocaleDecimalMarkDecides(string text, string? locale, double expected)
    {
        Assert.True(fixture.Recogniser.Amounts.TryReadMoney(text, locale, out var value));

        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("10%")]
    [InlineData("no idea")]
    [InlineData("40 rooms")]
    [InlineData("十分")]
    [InlineData("")]
    public void TryReadMoney_NoSumOfMoney_False(string text)
    {
        Assert.False(fixture.Recogniser.Amounts.TryReadMoney(text, null, out _));
    }

    [Theory]
    [InlineData("10%", 10)]
    [InlineData("10 phần trăm", 10)]
    [InlineData("百分之十", 10)]
    [InlineData("九折", 10)]
    [InlineData("八五折", 15)]
    [InlineData("15", 15)]
    public void TryReadPercent_BareAnswer_PercentOff(string text, double expected)
    {
        Assert.True(fixture.Recogniser.Amounts.TryReadPercent(text, null, out var value));

        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("$5")]
    [InlineData("1tr2")]
    [InlineData("250")]
    public void TryReadPercent_SumOfMoney_False(string text)
    {
        Assert.False(fixture.Recogniser.Amounts.TryReadPercent(text, null, out _));
    }

    [Fact]
    public void TryRead_MoneyOrPercent_KindAndCurrency()
    {
        Assert.True(fixture.Recogniser.Amounts.TryRead("$5", "en-US", out var money));
        Assert.True(fixture.Recogniser.Amounts.TryRead("九折", "zh-CN", out var percent));

        Assert.Equal((5m, Coaching.Recognition.AmountKind.Money, "USD"), (money.Value, money.Kind, money.Currency));
        Assert.Equal((10m, Coaching.Recognition.AmountKind.DiscountMultiplier), (percent.Value, percent.Kind));
    }
}
