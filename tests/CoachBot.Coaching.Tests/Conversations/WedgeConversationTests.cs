using System.Text.Json;
using CoachBot.Coaching.Tests.Conversations.Support;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>Prospects with an incumbent supplier (The Wedge, document 001): questions, traps, plan, and the after-call note.</summary>
public sealed class WedgeConversationTests(CoachingFixture fixture) : IClassFixture<CoachingFixture>
{
    [Theory]
    [InlineData("The prospect already works with another supplier, what should I ask?", "Questions to ask", "Traps to avoid", "Plan", "Ask:")]
    [InlineData("客户现在用的是别的供应商", "要问的问题", "要避开的陷阱", "计划", "可以问：")]
    public Task CompetitorQuestion_StageAsked_GivesDiscoveryQuestionsTrapsAndPlan(
        string message, string questions, string traps, string plan, string firstLine) =>
        Transcript.For(fixture.Runner)
            .Send(message)
            .AssertQuestion("pre_call", "in_call", "post_call")
            .Press("pre_call")
            .AssertReply(reply =>
            {
                Advice.Is(reply, null, firstLine);
                Assert.True(Advice.Section(reply, questions).Count >= 2);
                Assert.NotEmpty(Advice.Section(reply, traps));
                Assert.NotEmpty(Advice.Section(reply, plan));
                Assert.Contains(Advice.AfterCall, Advice.Buttons(reply));
                Advice.Cites(reply, "W-01", "W-07", "W-06");
            })
            .AssertExplanation(e => Assert.Equal(["wedge.pre_call", "wedge.in_call"], e.RuleIds))
            .RunAsync();

    [Fact]
    public Task BankRepLedWithRates_AfterTheCall_FlagsTheTrapAndCitesTheBankCase() =>
        Transcript.For(fixture.Runner)
            .Send("I met the bank and led with our rates, they said they'd compare with their current bank")
            .AssertReply(reply =>
            {
                Assert.NotEmpty(Advice.Section(reply, "Traps to avoid"));
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
            .AssertQuestion("none_yet")
            .Press("none_yet")
            .AssertQuestion("yes", "no")
            .Press("no")
            .AssertQuestion("not_agreed")
            .Press("not_agreed")
            .AssertQuestion("skip")
            .Press("skip")
            .AssertReply(_ => { })
            .AssertReply(_ => { })
            .AssertEffect("call-note", payload =>
            {
                Assert.Empty(payload.GetProperty("incumbentWeaknessesFound").EnumerateArray());
                Assert.False(payload.GetProperty("decisionMakerKnown").GetBoolean());
                Assert.False(payload.TryGetProperty("note", out _));
                Assert.False(payload.TryGetProperty("nextStepDate", out _));
            })
            .RunAsync();
}
