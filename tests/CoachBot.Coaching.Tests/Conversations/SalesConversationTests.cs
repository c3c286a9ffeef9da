using CoachBot.Coaching.Tests.Conversations.Support;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>Objections, the lost account (H-10) and a manager's question, in English, Vietnamese and Chinese: the line, the question and what to avoid on the first reply.</summary>
public sealed class SalesConversationTests(CoachingFixture fixture) : IClassFixture<CoachingFixture>
{
    [Theory]
    [InlineData("The client says our price is too high", "objection.price", "Say now:", "P-08")]
    [InlineData("客户说我们的价格太贵了", "objection.price", "现在就说：", "P-08")]
    [InlineData("Khách hàng nói giá của chúng ta quá đắt", "objection.price", "Nói ngay:", "P-08")]
    [InlineData("khach hang noi dat qua", "objection.price", "Nói ngay:", "P-08")]
    [InlineData("客戶說你們太貴了", "objection.price", "現在就說：", "P-08")]
    [InlineData("she said they're happy with their current supplier", "objection.happy_with_current", "Say now:", "W-07")]
    [InlineData("họ nói đang hài lòng với nhà cung cấp hiện tại", "objection.happy_with_current", "Nói ngay:", "W-07")]
    [InlineData("客戶說對現在的供應商很滿意", "objection.happy_with_current", "現在就說：", "W-07")]
    [InlineData("he said just send me a proposal", "objection.send_proposal", "Say now:", "W-03")]
    [InlineData("khach bao gui bao gia qua mail", "objection.send_proposal", "Nói ngay:", "W-03")]
    [InlineData("客户说先发个方案过来看看", "objection.send_proposal", "现在就说：", "W-03")]
    [InlineData("objection: too busy to meet this month", "objection.no_time", "Say now:", "H-10")]
    [InlineData("khach hang noi khong co thoi gian", "objection.no_time", "Nói ngay:", "H-10")]
    [InlineData("对方说最近太忙，没时间见面", "objection.no_time", "现在就说：", "H-10")]
    [InlineData("she said she needs to check with her boss first", "objection.ask_boss", "Say now:", "H-10")]
    [InlineData("客戶說要問問老闆", "objection.ask_boss", "現在就說：", "H-10")]
    [InlineData("the event planner said all hotels are the same to her", "objection.all_same", "Say now:", "W-05")]
    [InlineData("khach hang noi ben nao cung nhu nhau", "objection.all_same", "Nói ngay:", "W-05")]
    [InlineData("客戶說你們都一樣", "objection.all_same", "現在就說：", "W-05")]
    public Task Objection_AnyLanguage_TheLineAndTheQuestionOnTheFirstReplyWhatToAvoidOnTheCard(string message, string rule, string sayNow, string source) =>
        Transcript.For(fixture.Runner)
            .Send(message)
            .AssertReply(reply =>
            {
                Advice.Is(reply, null, sayNow);
                Assert.True(reply.Text.Contains('?', StringComparison.Ordinal) || reply.Text.Contains('？', StringComparison.Ordinal)
                    || Advice.More(reply, reply.Card!.More!.Sections[0].Heading).Count > 1, "The line comes with a question to ask the prospect.");
                Assert.NotNull(Advice.Never(reply));
                Advice.Cites(reply, source);
            })
            .AssertExplanation(e => Assert.Contains(rule, e.RuleIds))
            .RunAsync();

    [Theory]
    [InlineData("Chúng tôi mất hội nghị 40 phòng vào tay khách sạn gần hơn", "Nói ngay:")]
    [InlineData("mat hop dong hoi nghi vao tay khach san khac, lam sao gianh lai", "Nói ngay:")]
    [InlineData("我们丢了一个40间房的会议，被离他们更近的酒店抢走了", "现在就说：")]
    [InlineData("我們丟了一個大型會議訂單，被別的酒店搶走了", "現在就說：")]
    [InlineData("government client chose another hotel for their 10-day training, not because of price", "Say now:")]
    public Task LostConference_AnyLanguage_ThePlanAtOnceWhyAndWhoDecidesAsRefinements(string message, string sayNow) =>
        Transcript.For(fixture.Runner)
            .Send(message)
            .AssertReply(reply =>
            {
                Advice.Is(reply, null, sayNow);
                Advice.Cites(reply, "H-10");
            })
            .AssertExplanation(e => Assert.Equal("lost_account", e.Intent))
            .RunAsync();

    [Theory]
    [InlineData("which sales channels should we use to find new corporate clients?", "Do now:")]
    [InlineData("nên dùng kênh bán nào để tìm khách hàng mới?", "Làm ngay:")]
    [InlineData("我们该用哪些销售渠道开发新客户?", "现在就做：")]
    public Task SalesQuestion_NoTopicNamed_AdviceAtOnceTheTopicAsARefinement(string message, string doNow) =>
        Transcript.For(fixture.Runner)
            .Send(message)
            .AssertReply(reply =>
            {
                Advice.Is(reply, null, doNow);
                Advice.Cites(reply, "A-02");
                Assert.Contains("sales_topic=pricing", Advice.Refinements(reply, "sales_topic"));
            })
            .AssertExplanation(e => Assert.Equal(["sales.general"], e.RuleIds))
            .Refine("sales_topic", "pricing")
            .AssertReply(reply => Advice.Cites(reply, "P-08"))
            .RunAsync();

    [Fact]
    public Task LostConference_ReasonAndDecisionMakerKnown_TheMeetingPlan() =>
        Transcript.For(fixture.Runner)
            .Send("我们输掉了一个40间房的会议订单")
            .AssertReply(reply => Assert.Equal(["lost_reason_known=true", "lost_reason_known=false", "lost_reason_known=?"], Advice.Refinements(reply, "lost_reason_known")))
            .AssertExplanation(e => Assert.Equal(["lost_account.plan"], e.RuleIds))
            .Refine("lost_reason_known", "true")
            .AssertReply(reply => Assert.NotEmpty(Advice.Refinements(reply, "decision_maker_known")))
            .Refine("decision_maker_known", "true")
            .AssertReply(reply =>
            {
                Assert.True(reply.RefreshesCard);
                Advice.Cites(reply, "H-10");
            })
            .AssertExplanation(e => Assert.Equal(["lost_account.meeting"], e.RuleIds))
            .RunAsync();

    [Theory]
    [InlineData("how do I motivate my sales team beyond commission?", "Do now:")]
    [InlineData("làm sao động viên đội sales ngoài hoa hồng?", "Làm ngay:")]
    [InlineData("lam sao dong vien doi sales ngoai hoa hong", "Làm ngay:")]
    [InlineData("怎么激励销售团队？", "现在就做：")]
    [InlineData("怎麼激勵銷售團隊？", "現在就做：")]
    public Task ManagerQuestion_AnyLanguage_WhatToDoOnTheFirstReply(string message, string doNow) =>
        Transcript.For(fixture.Runner)
            .Send(message)
            .AssertReply(reply =>
            {
                Advice.Is(reply, null, doNow);
                Advice.Cites(reply, "H-08");
            })
            .AssertExplanation(e => Assert.Equal("manager_question", e.Intent))
            .RunAsync();
}
