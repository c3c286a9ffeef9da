using System.Globalization;
using CoachBot.Tests.Coaching.Support;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// Discount requests (H-18, H-07) through the real endpoint against the sample policy's authority: front desk
/// 15% / $20 a night, supervisor 20% / $35. The figures are worked out here from the policy and the guest's
/// numbers, so a wrong sum on the card fails whatever the snapshot says.
/// </summary>
public sealed class DiscountTranscriptTests(TranscriptFixture fixture) : IClassFixture<TranscriptFixture>
{
    private const decimal Rate = 120m;

    [Theory]
    [InlineData("en", "A regular wants $5 more off after 10%, rate is 120, peak season", "within your authority")]
    [InlineData("vi", "Khách quen đòi giảm thêm 5 đô sau khi đã giảm 10%, giá phòng 120 đô, mùa cao điểm", "trong quyền hạn của bạn")]
    [InlineData("vi-plain", "Khach quen doi giam them 5 do sau khi da giam 10%, gia phong 120 do, mua cao diem", "trong quyền hạn của bạn")]
    [InlineData("zh", "老客人在打了九折之后还要再便宜5美元，房价120美元，旺季", "在你的权限内")]
    [InlineData("zh-Hant", "老客人在打了九折之後還要再便宜5美元，房價120美元，旺季", "在你的權限內")]
    public async Task FiveMoreAfterTenPercent_RegularInPeakSeason_WithinFrontDeskAuthorityAsTheManagersSpecial(
        string language, string message, string within)
    {
        var ui = Ui.For(language);
        var given = Rate * 0.10m;
        var afterGiven = Rate - given;
        var afterAsk = afterGiven - 5m;
        var effective = (given + 5m) / Rate * 100m;
        var frontDeskMost = Math.Min(Rate * 0.15m, 20m);
        using var chat = fixture.Chat();

        var advice = Assert.Single(await chat.SaysAsync(message));

        Card.IsAdvice(advice, ui.SayNowPrefix, ui.Why, ui.More);
        Assert.Equal(ui.AdviceButtons, advice.Buttons.Take(2));
        Assert.NotNull(Card.Form(advice)); // other figures can still be given

        // With figures, the plan's stages are the Do-next lines of the first screen.
        Assert.Contains(Card.Lines(advice), l => l.StartsWith('\u2460') && l.Contains(Dollars(afterGiven), StringComparison.Ordinal));
        Assert.Contains(Card.Lines(advice), l => l.StartsWith('\u2461') && l.Contains(Dollars(afterAsk), StringComparison.Ordinal));
        var figures = Card.Section(advice, ui.Figures);
        Assert.Contains(figures, l => l.Contains("15%", StringComparison.Ordinal) && l.Contains("$20", StringComparison.Ordinal) && l.Contains(Dollars(frontDeskMost), StringComparison.Ordinal));
        Assert.Contains(figures, l => l.Contains(Percent(effective), StringComparison.Ordinal) && l.Contains(within, StringComparison.Ordinal));
        var holdFirm = Assert.Single(figures, l => l.StartsWith('\u2460'));
        Assert.Contains(Dollars(afterGiven), holdFirm, StringComparison.Ordinal);
        var managersSpecial = Assert.Single(figures, l => l.StartsWith('\u2461'));
        Assert.Contains("$5", managersSpecial, StringComparison.Ordinal);
        Assert.Contains(Dollars(afterAsk), managersSpecial, StringComparison.Ordinal);
        Assert.Equal(["H-18", "H-07"], Card.SourceIds(advice));

        var why = Assert.Single(await chat.PressesAsync(advice, ui.Why));
        Assert.NotEmpty(Explain.Says(why));

        Snapshot.Matches(chat.Text, language);
    }

    [Theory]
    [InlineData("en", "Rate is 2,000,000 dong, the guest wants 10% off", "I don't convert")]
    [InlineData("vi", "Giá phòng 2tr, khách muốn giảm 10%", "không quy đổi")]
    [InlineData("vi-plain", "Gia phong 2tr, khach muon giam 10%", "không quy đổi")]
    [InlineData("zh", "房价800元，客人要打九折", "我不做换算")]
    [InlineData("zh-Hant", "房價NT$3,200，客人要打九折", "我不做換算")]
    public async Task RateInAnotherCurrency_NamedNeverConvertedAndNoDollarFigures(string language, string message, string noConversion)
    {
        // This hotel's authority is in dollars: a rate typed in đồng, yuan or NT$ gets the percentage-only script and a
        // request for the rate in dollars, never dollar figures worked out from it.
        var ui = Ui.For(language);
        using var chat = fixture.Chat();

        var advice = Assert.Single(await chat.SaysAsync(message));

        Card.IsAdvice(advice, ui.SayNowPrefix, ui.Why, ui.More);
        var text = string.Join("\n", MessageText.Lines(advice));
        Assert.Contains(noConversion, text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\$\s?\d", text);
        Assert.Equal(["H-07", "H-18"], Card.SourceIds(advice).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("en", "Rate is 120, the guest wants 30% off", "No", "beyond your authority")]
    [InlineData("vi", "Giá phòng 120 đô, khách muốn giảm 30%", "Không", "vượt quyền hạn của bạn")]
    [InlineData("zh", "房价120美元，客人要求优惠30%", "不是", "超出你的权限")]
    public async Task ThirtyPercentAsk_FrontDesk_BeyondAuthoritySmallStepThenTheDutyManager(string language, string message, string notRegular, string beyond)
    {
        var ui = Ui.For(language);
        using var chat = fixture.Chat();

        // Advice with the figures at once; whether the guest is a regular only sharpens it (the card is refreshed).
        var first = Assert.Single(await chat.SaysAsync(message));
        Card.IsAdvice(first, ui.SayNowPrefix, ui.Why, ui.More);
        var advice = Assert.Single(await chat.RefinesAsync(first, first.Buttons.First(b => b.EndsWith(" " + notRegular, StringComparison.Ordinal))));

        Card.IsAdvice(advice, ui.SayNowPrefix, ui.Why, ui.More);
        Assert.Subset(new HashSet<string>(advice.Buttons), new HashSet<string>(ui.EscalatingButtons));
        var figures = Card.Section(advice, ui.Figures);
        Assert.Contains(figures, l => l.Contains("30%", StringComparison.Ordinal) && l.Contains(beyond, StringComparison.Ordinal));
        Assert.DoesNotContain(figures, l => l.Contains(Dollars(Rate * 0.70m), StringComparison.Ordinal)); // the 30% price is never suggested
        Assert.All(Prices(figures), price => Assert.True(price >= Rate - Math.Min(Rate * 0.15m, 20m), $"${price} is beyond the front desk's authority"));
        Assert.NotEmpty(Card.Section(advice, ui.WhenToEscalate));
        Assert.Equal(["H-07", "H-18"], Card.SourceIds(advice));

        var why = Assert.Single(await chat.PressesAsync(advice, ui.Why));
        Assert.NotEmpty(Explain.Says(why));
        // No desk is registered: one honest status, from the host, naming whom to phone.
        Assert.Empty(await chat.PressesAsync(advice, ui.CallManager));
        Assert.Contains("Minh", Assert.Single(chat.LastNotices).Text, StringComparison.Ordinal);

        Snapshot.Matches(chat.Text, language);
    }

    [Theory]
    [InlineData("front-desk.en", "en", null, "Rate is 120, the guest wants 18% off", "No", "beyond your authority")]
    [InlineData("supervisor.en", "en", TranscriptFixture.SupervisorId, "Rate is 120, the guest wants 18% off", "No", "within your authority")]
    [InlineData("supervisor.vi", "vi", TranscriptFixture.SupervisorId, "Giá phòng 120 đô, khách muốn giảm 18%", "Không", "trong quyền hạn của bạn")]
    [InlineData("supervisor.zh", "zh", TranscriptFixture.SupervisorId, "房价120美元，客人要求优惠18%", "不是", "在你的权限内")]
    public async Task EighteenPercentAsk_RoleFromTheRoleMap_FrontDeskEscalatesSupervisorMayAgree(
        string caseName, string language, string? aadObjectId, string message, string notRegular, string verdict)
    {
        var ui = Ui.For(language);
        var supervisor = aadObjectId is not null;
        var (percent, amount) = supervisor ? (20m, 35m) : (15m, 20m);
        var most = Math.Min(Rate * percent / 100m, amount);
        using var chat = fixture.Chat(aadObjectId: aadObjectId);

        var first = Assert.Single(await chat.SaysAsync(message));
        var advice = Assert.Single(await chat.RefinesAsync(first, first.Buttons.First(b => b.EndsWith(" " + notRegular, StringComparison.Ordinal))));

        var figures = Card.Section(advice, ui.Figures);
        Assert.Contains(figures, l => l.Contains(Percent(percent), StringComparison.Ordinal) && l.Contains(Dollars(amount), StringComparison.Ordinal) && l.Contains(Dollars(most), StringComparison.Ordinal));
        Assert.Contains(figures, l => l.Contains("18%", StringComparison.Ordinal) && l.Contains(verdict, StringComparison.Ordinal));
        Assert.All(Prices(figures), price => Assert.True(price >= Rate - most, $"${price} is beyond the user's authority"));
        Assert.Equal(!supervisor, advice.Buttons.Contains(ui.CallManager));
        var why = Assert.Single(await chat.PressesAsync(advice, ui.Why));
        Assert.NotEmpty(Explain.Says(why));

        Snapshot.Matches(chat.Text, caseName);
    }

    private static string Dollars(decimal amount) => "$" + amount.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Percent(decimal value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>The nightly prices the plan proposes: the "so $111" figures of its numbered steps.</summary>
    private static IEnumerable<decimal> Prices(IEnumerable<string> figures) =>
        figures.Where(l => l[0] is >= '\u2460' and <= '\u2473')
            .SelectMany(l => System.Text.RegularExpressions.Regex.Matches(l, @"\$(\d+(?:\.\d+)?)").Select(m => decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)))
            .Where(v => v > Rate / 2);
}
