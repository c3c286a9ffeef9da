using CoachBot.Tests.Coaching.Support;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// Fire and injury override everything: the emergency advice (call security) comes first, then the rest of the
/// message is coached as usual. Through the real endpoint in English, Vietnamese and Chinese.
/// </summary>
public sealed class SafetyTranscriptTests(TranscriptFixture fixture) : IClassFixture<TranscriptFixture>
{
    [Theory]
    [InlineData("en", "There's a fire in the kitchen and a guest is complaining about the bill", "Calm", "No", "why", "there is a fire")]
    [InlineData("vi", "Bếp đang cháy và có khách phàn nàn về hóa đơn", "Bình tĩnh", "Không", "tại sao", "có cháy")]
    [InlineData("zh", "厨房着火了，还有客人在投诉账单", "平静", "否", "为什么", "发生火情")]
    public async Task FireWithAComplaint_OneCardSafetyFirstTheComplaintBehindMoreAndStillRefinable(
        string language, string message, string calm, string noCompensation, string why, string reason)
    {
        var ui = Ui.For(language);
        using var chat = fixture.Chat();

        // One card: what to do about the fire is the first screen; the complaint waits behind More.
        var fire = Assert.Single(await chat.SaysAsync(message));
        Card.IsAdvice(fire, ui.SayNowPrefix, ui.Why, ui.More);
        Assert.Contains(ui.CallSecurity, fire.Buttons);
        Assert.NotEmpty(Card.Section(fire, ui.WhenToEscalate));
        Assert.Contains(reason, Explain.Says(Assert.Single(await chat.SaysAsync(why))), StringComparison.Ordinal);

        // The complaint's facts can still be given on the card; safety stays first.
        var calmer = Assert.Single(await chat.RefinesAsync(fire, fire.Buttons.First(b => b.EndsWith(calm, StringComparison.Ordinal))));
        var refined = Assert.Single(await chat.RefinesAsync(calmer, calmer.Buttons.First(b => b.EndsWith(noCompensation, StringComparison.Ordinal))));
        Assert.Equal(Card.Title(fire), Card.Title(refined));
        Assert.Contains("H-13", Card.SourceIds(refined));

        Snapshot.Matches(chat.Text, language);
    }

    [Theory]
    [InlineData("en", "A guest fell and is bleeding, and he wants a discount", "someone is hurt")]
    [InlineData("vi", "Khách bị ngã cầu thang và chảy máu, còn đòi giảm giá", "có người bị thương")]
    [InlineData("zh", "客人摔倒了在流血，还要求打折", "有人受伤")]
    public async Task InjuryWithARequest_InjuryAdviceFirstAndItsButtonCallsSecurity(string language, string message, string reason)
    {
        var ui = Ui.For(language);
        using var chat = fixture.Chat();

        var injury = Assert.Single(await chat.SaysAsync(message));
        Card.IsAdvice(injury, ui.SayNowPrefix, ui.Why, ui.More);
        Assert.Contains(ui.CallSecurity, injury.Buttons);
        Assert.NotEmpty(Card.Section(injury, ui.WhenToEscalate));
        Assert.Contains(reason, Explain.Says(Assert.Single(await chat.PressesAsync(injury, ui.Why))), StringComparison.Ordinal);

        var called = await chat.PressesAsync(injury, ui.CallSecurity);

        // One honest status, from the host: no desk is registered here, so no "Calling…" and nobody on the
        // duty-manager roster is named (security is called through the duty desk).
        Assert.Empty(called);
        var status = Assert.Single(chat.LastNotices).Text;
        Assert.DoesNotContain("Minh", status, StringComparison.Ordinal);

        Snapshot.Matches(chat.Text, language);
    }
}
