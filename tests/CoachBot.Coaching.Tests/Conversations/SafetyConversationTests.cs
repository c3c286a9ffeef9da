using CoachBot.Coaching.Tests.Conversations.Support;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>Injury, fire and other emergencies override everything: their advice comes first, then the rest.</summary>
public sealed class SafetyConversationTests(CoachingFixture fixture) : IClassFixture<CoachingFixture>
{
    [Fact]
    public Task FireWithAComplaint_SafetyAdviceFirstThenTheComplaint() =>
        Transcript.For(fixture.Runner)
            .Send("There's a fire in the kitchen and a guest is complaining about the bill")
            .AssertReply(reply =>
            {
                Advice.Is(reply, fixture.Label("emergency_fire", "en"), "Say now:");
                Assert.Contains(Advice.Escalate, Advice.Buttons(reply));
                Assert.Equal("Call security", Assert.Single(reply.Choices, c => c.Value == Advice.Escalate).Title);
            })
            .AssertQuestion("angry", "upset")
            .Press("calm")
            .AssertQuestion("true", "false")
            .Press("false")
            .AssertReply(reply => Advice.Cites(reply, "H-13"))
            .RunAsync();

    [Fact]
    public Task InjuryWithADiscountRequest_SafetyFirstAndItsEscalationGoesToSecurity() =>
        Transcript.For(fixture.Runner)
            .Send("A guest fell and is bleeding, and he wants a discount")
            .AssertReply(reply => Advice.Is(reply, fixture.Label("emergency_injury", "en"), "Say now:"))
            .AssertReply(reply => Assert.Contains("USD", reply.Text, StringComparison.Ordinal))
            .AssertExplanation(e => Assert.Equal(["safety.injury"], e.RuleIds))
            .Send("cancel")
            .AssertReply(_ => { })
            .Press(Advice.Escalate)
            .AssertReply(reply =>
            {
                // Security is called (through the duty desk), not the duty manager on the roster.
                Assert.StartsWith("Calling security", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("duty manager", reply.Text, StringComparison.Ordinal);
            })
            .AssertEffect("escalation", payload =>
            {
                Assert.Equal("security", payload.GetProperty("target").GetString());
                Assert.Equal("immediate", payload.GetProperty("urgency").GetString());
            })
            .RunAsync();
}
