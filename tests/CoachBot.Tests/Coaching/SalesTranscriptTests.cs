using CoachBot.Tests.Coaching.Support;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// A sales rep's objections (price, happy with the current supplier, send a proposal, no time, ask my boss,
/// everyone offers the same) and the lost 40-room conference (H-10), through the real endpoint in English,
/// Vietnamese and Chinese.
/// </summary>
public sealed class SalesTranscriptTests(TranscriptFixture fixture) : IClassFixture<TranscriptFixture>
{
    [Theory]
    [InlineData("price.en", "The client says our price is too high", "objection.price", "P-06,P-08,A-05")]
    [InlineData("price.vi", "Khách hàng nói giá của chúng ta quá đắt", "objection.price", "P-06,P-08,A-05")]
    [InlineData("price.zh", "客户说我们的价格太贵了", "objection.price", "P-06,P-08,A-05")]
    [InlineData("happy-with-current.en", "The client said they're satisfied with their current supplier, no reason to change", "objection.happy_with_current", "W-07,W-06,W-01")]
    [InlineData("happy-with-current.vi", "Khách hàng nói họ đang ổn, không cần đổi nhà cung cấp", "objection.happy_with_current", "W-07,W-06,W-01")]
    [InlineData("happy-with-current.zh", "客户说他们对现在的供应商很满意", "objection.happy_with_current", "W-07,W-06,W-01")]
    [InlineData("send-proposal.en", "The prospect said send me a proposal", "objection.send_proposal", "W-03,W-04")]
    [InlineData("send-proposal.vi", "Khách hàng nói cứ gửi báo giá qua email", "objection.send_proposal", "W-03,W-04")]
    [InlineData("send-proposal.zh", "客户说先发个方案过来看看", "objection.send_proposal", "W-03,W-04")]
    [InlineData("no-time.en", "The client said he has no time", "objection.no_time", "A-02,H-10")]
    [InlineData("no-time.vi", "Khách hàng nói không có thời gian", "objection.no_time", "A-02,H-10")]
    [InlineData("no-time.zh", "客户说没时间", "objection.no_time", "A-02,H-10")]
    [InlineData("ask-boss.en", "The client said he has to check with his boss", "objection.ask_boss", "H-10")]
    [InlineData("ask-boss.vi", "Khách hàng nói phải hỏi ý sếp đã", "objection.ask_boss", "H-10")]
    [InlineData("ask-boss.zh", "客户说要问问老板", "objection.ask_boss", "H-10")]
    [InlineData("all-same.en", "The client says everyone offers the same", "objection.all_same", "W-05,P-10,A-05")]
    [InlineData("all-same.vi", "Khách hàng nói bên nào cũng như nhau", "objection.all_same", "W-05,P-10,A-05")]
    [InlineData("all-same.zh", "客户说你们都一样", "objection.all_same", "W-05,P-10,A-05")]
    public async Task Objection_SalesRepAsks_ALineToSayWhatToAvoidAndItsSources(string caseName, string message, string ruleId, string sources)
    {
        var ui = Ui.For(caseName[(caseName.IndexOf('.', StringComparison.Ordinal) + 1)..]);
        using var chat = fixture.Chat(aadObjectId: TranscriptFixture.SalesRepId);

        var advice = Assert.Single(await chat.SaysAsync(message));

        Card.IsAdvice(advice, ui.SayNowPrefix, ui.Why, ui.More);
        Assert.Equal(ui.AdviceButtons, advice.Buttons);
        Assert.NotEmpty(Card.Section(advice, ui.NeverSay));
        Assert.NotEmpty(Card.Section(advice, ui.DoNext));
        Assert.Equal(sources.Split(','), Card.SourceIds(advice));
        var why = Assert.Single(await chat.PressesAsync(advice, ui.Why));
        Assert.DoesNotContain(ruleId, Explain.Says(why), StringComparison.Ordinal);

        Snapshot.Matches(chat.Text, caseName);
    }

    [Theory]
    [InlineData("en", "We lost a 40-room conference to a hotel closer to them", "Yes", "Yes")]
    [InlineData("vi", "Chúng tôi mất hội nghị 40 phòng vào tay khách sạn gần hơn", "Biết rồi", "Biết")]
    [InlineData("zh", "我们丢了一个40间房的会议，被离他们更近的酒店抢走了", "知道", "知道")]
    public async Task LostConference_ReasonAndDecisionMakerKnown_TheMeetingWithTheDecisionMaker(string language, string message, string reasonKnown, string deciderKnown)
    {
        var ui = Ui.For(language);
        using var chat = fixture.Chat(aadObjectId: TranscriptFixture.SalesRepId);

        // The win-back plan at once; what the rep knows (why it was lost, who decides) sharpens it on the card.
        var first = Assert.Single(await chat.SaysAsync(message));
        Card.IsAdvice(first, ui.SayNowPrefix, ui.Why, ui.More);
        var decider = Assert.Single(await chat.AnswersOnCardAsync(first, reasonKnown));
        var advice = Assert.Single(await chat.AnswersOnCardAsync(decider, deciderKnown));

        Card.IsAdvice(advice, ui.SayNowPrefix, ui.Why, ui.More);
        Assert.Equal(["H-10"], Card.SourceIds(advice));
        var why = Assert.Single(await chat.PressesAsync(advice, ui.Why));
        Assert.NotEmpty(Explain.Says(why));

        Snapshot.Matches(chat.Text, language);
    }

    [Fact]
    public async Task LostConference_ReasonNotYetKnown_TheNeverGiveUpInvestigationPlan()
    {
        using var chat = fixture.Chat(aadObjectId: TranscriptFixture.SalesRepId);

        var first = Assert.Single(await chat.SaysAsync("We lost a 40-room conference to a hotel closer to them"));
        var decider = Assert.Single(await chat.AnswersOnCardAsync(first, "Not yet"));
        var advice = Assert.Single(await chat.AnswersOnCardAsync(decider, "No"));

        Assert.NotEmpty(Card.Section(advice, Ui.English.DoNext));
        Assert.Equal(["H-10"], Card.SourceIds(advice));
        var why = Assert.Single(await chat.PressesAsync(advice, Ui.English.Why));
        Assert.NotEmpty(Explain.Says(why));

        Snapshot.Matches(chat.Text);
    }
}
