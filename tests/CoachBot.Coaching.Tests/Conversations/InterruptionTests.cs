using CoachBot.Coaching.Tests.Conversations.Support;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>
/// Never stuck: the after-call note is the only thing that waits for an answer, and a new situation, a button from
/// an advice card or start over end it; its own answers (buttons, labels, yes / no) are still taken.
/// </summary>
public sealed class InterruptionTests(CoachingFixture fixture) : IClassFixture<CoachingFixture>
{
    private const string Prospect = "The prospect already works with another supplier, what should I ask?";
    private const string LostBag = "The guest is shouting at the desk, his bag is lost and he wants money";

    [Fact]
    public Task CallNote_NewComplaintTyped_AdviceAtOnceAndTheNoteIsDropped() =>
        Transcript.For(fixture.Runner)
            .Send(Prospect)
            .AssertReply(_ => { })
            .Press(Advice.AfterCall)
            .NamesProspect("Keller Logistics")
            .AssertQuestion("slow_response", "none_yet")
            .Send(LostBag)
            .AssertReply(reply => Advice.Is(reply, fixture.Label("accusatory", "en"), "Say now:"))
            .AssertState(state => Assert.Empty(state.Stack))
            .AssertNoEffect("call-note")
            .RunAsync();

    [Fact]
    public Task CallNoteText_EmergencyTyped_SafetyAdviceInsteadOfSavingItAsTheNote() =>
        Transcript.For(fixture.Runner)
            .Press(Advice.AfterCall)
            .NamesProspect("Keller Logistics")
            .AssertQuestion("none_yet")
            .Press("none_yet")
            .AssertQuestion("yes", "no")
            .Send("no")
            .AssertQuestion("not_agreed")
            .Send("Not agreed yet")
            .AssertQuestion("skip")
            .Send("Fire in the kitchen!")
            .AssertReply(reply => Advice.Is(reply, fixture.Label("emergency_fire", "en"), "Say now:"))
            .AssertState(state => Assert.Empty(state.Stack))
            .AssertNoEffect("call-note")
            .RunAsync();

    [Fact]
    public Task CallNote_ButtonsAndTypedAnswers_AreStillTakenAsAnswers() =>
        Transcript.For(fixture.Runner)
            .Send("Tôi sắp gặp một khách hàng đang dùng nhà cung cấp khác")
            .AssertReply(_ => { })
            .Press(Advice.AfterCall)
            .NamesProspect("Công ty Minh Phát")
            .AssertQuestion("slow_response")
            .Send("Phản hồi chậm")
            .AssertQuestion("yes", "no")
            .Send("có")
            .AssertQuestion("within_week")
            .Press("within_week")
            .AssertQuestion("skip")
            .Press("skip")
            .AssertReply(_ => { })
            .AssertReply(reply => Assert.NotNull(reply.Card))
            .AssertEffect("call-note", payload =>
            {
                Assert.Equal(["slow_response"], payload.GetProperty("incumbentWeaknessesFound").EnumerateArray().Select(w => w.GetString()));
                Assert.True(payload.GetProperty("decisionMakerKnown").GetBoolean());
            })
            .RunAsync();

    [Fact]
    public Task CallNote_OlderCardsEscalation_CallsTheManagerAndTheNoteStillWaits() =>
        Transcript.For(fixture.Runner)
            .Send(LostBag)
            .KeepCard("complaint")
            .AssertReply(_ => { })
            .Send(Prospect)
            .AssertReply(_ => { })
            .Press(Advice.AfterCall)
            .NamesProspect("Keller Logistics")
            .AssertQuestion("slow_response")
            .Press(Advice.Escalate)
            .AssertEffect("escalation", payload => Assert.Equal("Minh", payload.GetProperty("contacts")[0].GetProperty("name").GetString()))
            .Press("slow_response")
            .AssertQuestion("yes", "no")
            .RunAsync();

    [Theory]
    [InlineData("start over")]
    [InlineData("重新开始")]
    public Task CallNote_StartOver_WelcomeAloneAndTheNextMessageIsANewSituation(string startOver) =>
        Transcript.For(fixture.Runner)
            .Send(Prospect)
            .AssertReply(_ => { })
            .Press(Advice.AfterCall)
            .NamesProspect("Keller Logistics")
            .AssertQuestion("slow_response")
            .Send(startOver)
            .AssertReply(reply =>
            {
                Assert.Null(reply.Card);
                Assert.Empty(reply.Choices);
            })
            .AssertState(state => Assert.Empty(state.Stack))

            // Nothing waits any more: the next message is a new one, and a situation gets advice.
            .Send(LostBag)
            .AssertReply(reply => Advice.Is(reply, fixture.Label("accusatory", "en"), "Say now:"))
            .AssertNoEffect("call-note")
            .RunAsync();

    [Fact]
    public Task AfterAdvice_NothingWaits_ANewSituationIsAdvisedNotTakenAsAnAnswer() =>
        Transcript.For(fixture.Runner)
            .Send("A guest asks for a discount")
            .AssertReply(reply => Assert.NotEmpty(Advice.Refinements(reply, "regular_guest")))
            .AssertState(state => Assert.Empty(state.Stack))
            .Send(LostBag)
            .AssertReply(reply => Advice.Is(reply, fixture.Label("accusatory", "en"), "Say now:"))
            .RunAsync();
}
