using CoachBot.Coaching.Tests.Conversations.Support;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>Injury, fire and other emergencies override everything: the first screen is the safety advice, the rest is behind More.</summary>
public sealed class SafetyConversationTests(CoachingFixture fixture) : IClassFixture<CoachingFixture>
{
    [Fact]
    public Task FireWithAComplaint_SafetyFirstScreenTheComplaintBehindMoreAndStillRefinable() =>
        Transcript.For(fixture.Runner)
            .Send("There's a fire in the kitchen and a guest is complaining about the bill")
            .AssertReply(reply =>
            {
                Advice.Is(reply, fixture.Label("emergency_fire", "en"), "Say now:");
                Assert.Equal("Call security", Assert.Single(reply.Choices, c => c.Value.StartsWith(Advice.Escalate, StringComparison.Ordinal)).Title);

                // The complaint's own advice is not lost: it is behind More, and its mood is a refinement.
                Assert.Contains(Advice.More(reply, "Do next"), l => l.Contains("complaint", StringComparison.Ordinal));
                Assert.NotEmpty(Advice.Refinements(reply, "guest_emotion"));
            })
            .AssertExplanation(e => Assert.Equal("safety.fire", e.RuleIds[0]))
            .Refine("guest_emotion", "calm")
            .AssertReply(reply =>
            {
                // Still a fire: the refreshed card keeps safety first.
                Assert.True(reply.RefreshesCard);
                Advice.Is(reply, fixture.Label("emergency_fire", "en"), "Say now:");
            })
            .AssertExplanation(e => Assert.Equal("safety.fire", e.RuleIds[0]))
            .RunAsync();

    [Fact]
    public Task InjuryWithADiscountRequest_SafetyFirstAndItsEscalationGoesToSecurity() =>
        Transcript.For(fixture.Runner)
            .Send("A guest fell and is bleeding, and he wants a discount")
            .AssertReply(reply =>
            {
                Advice.Is(reply, fixture.Label("emergency_injury", "en"), "Say now:");
                Advice.HasFiguresForm(reply);
            })
            .AssertExplanation(e => Assert.Equal("safety.injury", e.RuleIds[0]))
            // Security is called (through the duty desk), not the duty manager on the roster; the host says so.
            .PressEscalation()
            .AssertEffect("escalation", payload =>
            {
                Assert.Equal("security", payload.GetProperty("target").GetString());
                Assert.Equal("immediate", payload.GetProperty("urgency").GetString());
            })
            .RunAsync();

    [Theory]
    [InlineData("Fire in the kitchen!", "emergency_fire", "en", "Say now:")]
    [InlineData("phòng 508 có khói, chuông báo cháy đang kêu", "emergency_fire", "vi", "Nói ngay:")]
    [InlineData("三楼走廊冒烟了，火警在响", "emergency_fire", "zh", "现在就说：")]
    [InlineData("khach nga xiu o sanh", "emergency_medical", "vi", "Nói ngay:")]
    [InlineData("客人在大堂暈倒了", "emergency_medical", "zh-Hant", "現在就說：")]
    [InlineData("guest slipped in the bathroom and is bleeding from the head", "emergency_injury", "en", "Say now:")]
    [InlineData("man in the lobby threatening my colleague with a knife", "emergency_threat", "en", "Say now:")]
    [InlineData("có khách say rượu cầm dao dọa nhân viên lễ tân", "emergency_threat", "vi", "Nói ngay:")]
    public Task Emergency_AnyLanguage_SafetyAdviceIsTheFirstReplyWithCallSecurity(string message, string emergency, string language, string sayNow) =>
        Transcript.For(fixture.Runner)
            .Send(message)
            .AssertReply(reply =>
            {
                Advice.Is(reply, fixture.Label(emergency, language), sayNow);
                Assert.Contains(Advice.Escalate, Advice.Buttons(reply));
                Assert.NotNull(Advice.Never(reply));
            })
            .AssertExplanation(e =>
            {
                Assert.StartsWith("safety.", e.RuleIds[0], StringComparison.Ordinal);

                // Each rule once: "why?" lists what the advice rests on, not how often the engine was asked.
                Assert.Equal(e.RuleIds.Distinct(), e.RuleIds);
            })
            .RunAsync();
}
