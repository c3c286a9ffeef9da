using System.Text.Json;
using CoachBot.Coaching.Tests.Conversations.Support;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>
/// Prospects with an incumbent supplier (The Wedge, document 001): the discovery questions and traps on the first
/// reply, where the rep is (before / in / after the call) as a refinement, and the after-call note one button away.
/// </summary>
public sealed class WedgeConversationTests(CoachingFixture fixture) : IClassFixture<CoachingFixture>
{
    [Theory]
    [InlineData("The prospect already works with another supplier, what should I ask?", "Ask:", "Questions to ask", "Traps to avoid", "Plan")]
    [InlineData("prospect is a law firm that has used the Grand Hotel for all their events for 8 years, how do I get them to switch?", "Ask:", "Questions to ask", "Traps to avoid", "Plan")]
    [InlineData("khách hàng tiềm năng đang dùng khách sạn khác cho hội nghị 5 năm nay, làm sao để họ chuyển sang mình?", "Hỏi:", "Câu hỏi nên đặt", "Bẫy cần tránh", "Kế hoạch")]
    [InlineData("khach hang dang dung ngan hang khac, mai em gap, nen hoi gi", "Hỏi:", "Câu hỏi nên đặt", "Bẫy cần tránh", "Kế hoạch")]
    [InlineData("客户现在用的是别的供应商", "可以问：", "要问的问题", "要避开的陷阱", "计划")]
    [InlineData("客戶已經用另一家銀行很多年了，怎麼讓他們換成我們？", "可以問：", "要問的問題", "要避開的陷阱", "計畫")]
    public Task Incumbent_AnyLanguage_DiscoveryQuestionAndTrapAtOnceStageAsARefinement(
        string message, string ask, string questions, string traps, string plan) =>
        Transcript.For(fixture.Runner)
            .Send(message)
            .AssertReply(reply =>
            {
                Advice.Is(reply, null, ask);
                Assert.True(Advice.More(reply, questions).Count >= 2);
                Assert.NotEmpty(Advice.More(reply, traps));
                Assert.NotEmpty(Advice.More(reply, plan));
                Assert.NotNull(Advice.Never(reply));
                Assert.Contains(Advice.AfterCall, Advice.Buttons(reply));
                Advice.Cites(reply, "W-01", "W-07");
            })
            .AssertExplanation(e => Assert.Contains("wedge.in_call", e.RuleIds))
            .RunAsync();

    [Fact]
    public Task Incumbent_StageRefinedToAfterTheCall_TheCardTurnsToTheFollowUp() =>
        Transcript.For(fixture.Runner)
            .Send("The prospect already works with another supplier, what should I ask?")
            .AssertReply(reply =>
            {
                Assert.Equal(["call_stage=pre_call", "call_stage=in_call", "call_stage=post_call"], Advice.Refinements(reply, "call_stage"));
                Advice.RefinementsRefresh(reply);
            })
            .Refine("call_stage", "post_call")
            .AssertReply(reply =>
            {
                Assert.True(reply.RefreshesCard);
                Assert.Empty(Advice.Refinements(reply, "call_stage"));
                Assert.Contains(Advice.AfterCall, Advice.Buttons(reply));
            })
            .AssertExplanation(e =>
            {
                Assert.Contains("wedge.post_call", e.RuleIds);
                Assert.DoesNotContain("wedge.in_call", e.RuleIds);
            })
            .RunAsync();

    [Fact]
    public Task BankRepLedWithRates_AfterTheCall_FlagsTheTrapAndCitesTheBankCase() =>
        Transcript.For(fixture.Runner)
            .Send("I met the bank and led with our rates, they said they'd compare with their current bank")
            .AssertReply(reply =>
            {
                Assert.NotEmpty(Advice.More(reply, "Traps to avoid"));
                Assert.Contains(Advice.AfterCall, Advice.Buttons(reply));
                Advice.Cites(reply, "W-03");
            })
            .AssertExplanation(e => Assert.Equal(["wedge.trap.led_with_price", "wedge.post_call"], e.RuleIds))
            .RunAsync();

    [Fact]
    public Task AfterTheCall_StructuredFieldsAndNote_SavedWithRetentionThenNextStep() =>
        Transcript.For(fixture.Runner)
            .Send("Tôi sắp gặp một khách hàng đang dùng nhà cung cấp khác")
            .AssertReply(reply => Assert.Contains(Advice.AfterCall, Advice.Buttons(reply)))
            .Press(Advice.AfterCall)
            .NamesProspect("Công ty Minh Phát")
            .AssertQuestion("slow_response", "price_or_terms", "service_quality", "no_personal_contact", "none_yet")
            .Press("slow_response")
            .AssertQuestion("yes", "no")
            .Press("yes")
            .AssertQuestion("tomorrow", "within_week", "within_two_weeks", "not_agreed")
            .Press("within_week")
            .AssertReply(reply => Assert.Contains("90", reply.Text, StringComparison.Ordinal))
            .Send("Họ muốn có một người phụ trách riêng")
            .AssertReply(reply => Assert.Contains("90", reply.Text, StringComparison.Ordinal))
            .AssertReply(reply => Advice.Is(reply, null, "Làm ngay:"))
            .AssertEffect("call-note", payload =>
            {
                Assert.Equal(["slow_response"], payload.GetProperty("incumbentWeaknessesFound").EnumerateArray().Select(w => w.GetString()));
                Assert.True(payload.GetProperty("decisionMakerKnown").GetBoolean());
                Assert.Equal("2026-03-17", payload.GetProperty("nextStepDate").GetString());
                Assert.Equal("Họ muốn có một người phụ trách riêng", payload.GetProperty("note").GetString());
                Assert.Equal("Công ty Minh Phát", payload.GetProperty("prospect").GetString());
                Assert.Equal("within_week", payload.GetProperty("nextStep").GetString());
                Assert.Equal(CoachingFixture.Now, payload.GetProperty("recordedAt").GetDateTimeOffset());
                Assert.Equal(90, payload.GetProperty("retentionDays").GetInt32());
                Assert.Equal(CoachingFixture.Now.AddDays(90), payload.GetProperty("expiresAt").GetDateTimeOffset());
            })
            .AssertExplanation(e => Assert.Contains("wedge.post_call", e.RuleIds))
            .AssertState(state => Assert.DoesNotContain("phụ trách", JsonSerializer.Serialize(state), StringComparison.Ordinal))
            .RunAsync();

    [Fact]
    public Task AfterTheCall_SkipNote_SavesFieldsWithoutNote() =>
        Transcript.For(fixture.Runner)
            .Press(Advice.AfterCall)
            .NamesProspect("Keller Logistics")
            .AssertQuestion("none_yet")
            .Press("none_yet")
            .AssertQuestion("yes", "no")
            .Press("no")
            .AssertQuestion("not_agreed")
            .Press("not_agreed")
            .AssertQuestion("skip")
            .Press("skip")
            .AssertReply(_ => { })
            .AssertReply(reply => Assert.NotNull(reply.Card))
            .AssertEffect("call-note", payload =>
            {
                Assert.Empty(payload.GetProperty("incumbentWeaknessesFound").EnumerateArray());
                Assert.False(payload.GetProperty("decisionMakerKnown").GetBoolean());
                Assert.False(payload.TryGetProperty("note", out _));
                Assert.False(payload.TryGetProperty("nextStepDate", out _));
            })
            .RunAsync();
}
