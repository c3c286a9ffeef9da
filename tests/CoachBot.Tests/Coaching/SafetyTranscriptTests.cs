using CoachBot.Tests.Coaching.Support;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// Fire and injury override everything: the emergency advice (call security) comes first, then the rest of the
/// message is coached as usual. Through the real endpoint in English, Vietnamese and Chinese.
/// </summary>
public sealed class SafetyTranscriptTests(TranscriptFixture fixture) : IClassFixture<TranscriptFixture>
{
    [Theory]
    [InlineData("en", "There's a fire in the kitchen and a guest is complaining about the bill", "Calm", "No", "why")]
    [InlineData("vi", "Bếp đang cháy và có khách phàn nàn về hóa đơn", "Bình tĩnh", "Không", "tại sao")]
    [InlineData("zh", "厨房着火了，还有客人在投诉账单", "平静", "否", "为什么")]
    public async Task FireWithAComplaint_FireAdviceFirstThenTheComplaintIsCoached(string language, string message, string calm, string noCompensation, string why)
    {
        var ui = Ui.For(language);
        using var chat = fixture.Chat();

        var replies = await chat.SaysAsync(message);

        Assert.Equal(2, replies.Count);
        var fire = replies[0];
        Card.IsAdvice(fire, ui.SayNowPrefix, ui.Why, ui.Helpful, ui.NotHelpful);
        Assert.Equal([ui.Why, ui.CallSecurity, ui.Helpful, ui.NotHelpful], fire.Buttons);
        Assert.NotEmpty(Card.Section(fire, ui.WhenToEscalate));
        Assert.Empty(Card.CitedIds(fire)); // the hotel's own safety rules, not a training document
        var mood = replies[1];
        Assert.Equal(4, mood.Buttons.Count);
        Assert.Equal(["safety.fire"], Explain.RuleIds(Assert.Single(await chat.SaysAsync(why))));

        var compensation = Assert.Single(await chat.PressesAsync(mood, calm));
        var complaint = Assert.Single(await chat.PressesAsync(compensation, noCompensation));
        Card.IsAdvice(complaint, ui.SayNowPrefix, ui.Why, ui.Helpful, ui.NotHelpful);
        Assert.Contains("H-13", Card.CitedIds(complaint));

        Snapshot.Matches(chat.Text, language);
    }

    [Theory]
    [InlineData("en", "A guest fell and is bleeding, and he wants a discount", "cancel")]
    [InlineData("vi", "Khách bị ngã cầu thang và chảy máu, còn đòi giảm giá", "hủy")]
    [InlineData("zh", "客人摔倒了在流血，还要求打折", "取消")]
    public async Task InjuryWithARequest_InjuryAdviceFirstAndItsButtonCallsSecurity(string language, string message, string cancel)
    {
        var ui = Ui.For(language);
        using var chat = fixture.Chat();

        var replies = await chat.SaysAsync(message);

        Assert.Equal(2, replies.Count);
        var injury = replies[0];
        Card.IsAdvice(injury, ui.SayNowPrefix, ui.Why, ui.Helpful, ui.NotHelpful);
        Assert.Equal([ui.Why, ui.CallSecurity, ui.Helpful, ui.NotHelpful], injury.Buttons);
        Assert.NotEmpty(Card.Section(injury, ui.WhenToEscalate));
        Assert.Null(Card.Title(replies[1])); // then the rest of the message: a question, not more advice
        Assert.Equal(["safety.injury"], Explain.RuleIds(Assert.Single(await chat.PressesAsync(injury, ui.Why))));

        await chat.SaysAsync(cancel);
        var called = await chat.PressesAsync(injury, ui.CallSecurity);

        // Security is called through the duty desk: nobody on the duty-manager roster is named.
        Assert.DoesNotContain("Minh", Assert.Single(called).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Minh", Assert.Single(chat.LastNotices).Text, StringComparison.Ordinal);

        Snapshot.Matches(chat.Text, language);
    }
}
