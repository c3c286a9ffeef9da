using CoachBot.Coaching.Tests.Conversations.Support;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>
/// What the user adds to advice already given: a refinement button (the card refreshes), "Not sure", a typed answer
/// to the card's open refinement, "Not this?"; and a button from an older card, which says plainly it has expired.
/// </summary>
public sealed class RefinementTests(CoachingFixture fixture) : IClassFixture<CoachingFixture>
{
    private const string Noise = "The guest is complaining about the noise";
    private const string LostBag = "The guest is shouting at the desk, his bag is lost and he wants money";

    [Theory]
    [InlineData("khach doi giam gia", "regular_guest")]
    [InlineData("Guest says he missed his wake-up call and lost a trade, wants compensation", "wake_up_call_logged")]
    public Task NotSurePressed_SameAdviceRefreshedAndTheFactsButtonsGo(string message, string fact) =>
        Transcript.For(fixture.Runner)
            .Send(message)
            .KeepCard("first")
            .AssertReply(reply => Assert.NotEmpty(Advice.Refinements(reply, fact)))
            .Refine(fact, "?")
            .AssertReply(reply =>
            {
                Assert.True(reply.RefreshesCard);
                Assert.Empty(Advice.Refinements(reply, fact));
                Assert.NotNull(reply.Card);
            })
            .AssertExplanation(e =>
            {
                Assert.Contains(fact, e.Memory!.Settled);
                Assert.DoesNotContain(e.Rules, r => r.MatchedFacts.Any(m => m.StartsWith(fact + "=", StringComparison.Ordinal)));
            })
            .RunAsync();

    [Theory]
    [InlineData("not sure")]
    [InlineData("Not sure")]
    public Task NotSureTyped_LeavesTheFactOpenInsteadOfStartingANewSituation(string typed)
    {
        string? noiseTitle = null;
        return Transcript.For(fixture.Runner)
            .Send(Noise)
            .AssertReply(reply =>
            {
                Assert.NotEmpty(Advice.Refinements(reply, "guest_emotion"));
                noiseTitle = reply.Card!.Title!.Split('.')[0]; // the situation, without the "If the guest…" branch
            })
            .Send(typed)
            .AssertReply(reply =>
            {
                // Still the noise complaint, not a new situation.
                Assert.StartsWith(noiseTitle!, reply.Card!.Title, StringComparison.Ordinal);
                Assert.Empty(Advice.Refinements(reply, "guest_emotion"));
                Assert.Empty(Advice.Refinements(reply, "intent"));
            })
            .AssertExplanation(e => Assert.Contains("guest_emotion", e.Memory!.Settled))
            .RunAsync();
    }

    [Fact]
    public Task TypedYes_AnswersTheCardsOpenRefinement() =>
        Transcript.For(fixture.Runner)
            .Send("Guest says he missed his wake-up call and lost a trade, wants compensation")
            .AssertReply(reply => Assert.NotEmpty(Advice.Refinements(reply, "wake_up_call_logged")))
            .Send("yes")
            .AssertReply(reply =>
            {
                // Typed, so a new card rather than a refresh of the old one.
                Assert.False(reply.RefreshesCard);
                Assert.Empty(Advice.Refinements(reply, "wake_up_call_logged"));
            })
            .AssertExplanation(e => Assert.Contains("complaint.wake_up_call.made", e.RuleIds))
            .RunAsync();

    [Theory]
    [InlineData("khach doi giam gia", "không", "regular_guest=false", "discount.request")]
    [InlineData("Khách xin giảm giá", "có, khách quen", "regular_guest=true", "discount.regular_guest")]
    [InlineData(Noise, "Upset", "guest_emotion=upset", "complaint.critical.classify")]
    [InlineData("客人投訴房間太吵，已經說過兩次了", "憤怒", "guest_emotion=angry", "complaint.escalation_ladder")]
    public Task TypedLabelOrNo_AnswersTheCardsOpenRefinement(string message, string typed, string fact, string rule) =>
        Transcript.For(fixture.Runner)
            .Send(message)
            .AssertReply(reply => Assert.NotEmpty(Advice.Refinements(reply, fact.Split('=')[0])))
            .Send(typed)
            .AssertReply(reply => Assert.Empty(Advice.Refinements(reply, fact.Split('=')[0])))
            .AssertExplanation(e =>
            {
                Assert.Contains(rule, e.RuleIds);
                Assert.Equal(fact.Split('=')[1], e.Memory!.Facts.ToFactSet().TryGet(fact.Split('=')[0], out var value) ? value.ToString() : null);
            })
            .RunAsync();

    [Fact]
    public Task NotThis_PressedOnAnAmbiguousMessage_SwitchesTheSituationAndOffersTheFirstGuessBack() =>
        Transcript.For(fixture.Runner)
            .Send("prospect complaint about the competitor")
            .AssertReply(reply => Assert.Contains("intent=incumbent", Advice.Refinements(reply, "intent")))
            .Refine("intent", "incumbent")
            .AssertReply(reply =>
            {
                Assert.NotNull(reply.Card);
                Assert.Contains("intent=complaint", Advice.Refinements(reply, "intent"));
                Assert.DoesNotContain("intent=incumbent", Advice.Refinements(reply, "intent"));
                Assert.NotEmpty(Advice.Refinements(reply, "call_stage"));
            })
            .AssertExplanation(e => Assert.Equal("incumbent", e.Intent))
            .RunAsync();

    [Fact]
    public Task OlderCardsRefinement_AfterNewAdvice_SaysTheCardHasExpiredAndLeavesTheNewAdvice() =>
        Transcript.For(fixture.Runner)
            .Send(Noise)
            .KeepCard("noise")
            .AssertReply(_ => { })
            .Send(LostBag)
            .AssertReply(reply => Assert.Equal(fixture.Label("accusatory", "en"), reply.Card!.Title))
            .RefineOn("noise", "guest_emotion", "calm")
            .AssertReply(Advice.IsExpired)
            .AssertExplanation(e => Assert.Equal("accusatory", e.Classification))
            .RunAsync();

    [Theory]
    [InlineData("客人投诉房间不干净，很不高兴", "批评性投诉。如果客人要求赔偿：控告性投诉。")]
    [InlineData("A guest asks for a discount", "A guest asks for a discount. If it is a regular guest: A regular guest asks for a better price.")]
    public Task BestGuess_AMissingFactWouldChangeTheSituation_TheHeadlineSaysSoPlainly(string message, string headline) =>
        Transcript.For(fixture.Runner)
            .Send(message)
            .AssertReply(reply => Assert.Equal(headline, reply.Card!.Title))
            .RunAsync();

    [Fact]
    public Task OlderCardsWhy_AfterOtherAdvice_SaysTheCardHasExpiredNotWhyOfTheNewerAdvice() =>
        Transcript.For(fixture.Runner)
            .Send(LostBag)
            .KeepCard("lost bag")
            .AssertReply(_ => { })
            .Send("My prospect is happy with their current supplier")
            .AssertReply(_ => { })
            .PressOn("lost bag", c => c.Value.StartsWith("coach:why:", StringComparison.Ordinal))
            .AssertReply(Advice.IsExpired)
            .PressOn(null, c => c.Value.StartsWith("coach:why:", StringComparison.Ordinal))
            .AssertReply(reply => Assert.StartsWith("The prospect already has a supplier", reply.Text, StringComparison.Ordinal))
            .RunAsync();

    [Fact]
    public Task OlderCardsEscalation_AfterOtherAdvice_StillCallsForWhomItSaysWithoutTheNewerAdvicesFacts() =>
        Transcript.For(fixture.Runner)
            .Send(LostBag)
            .KeepCard("lost bag")
            .AssertReply(reply => Assert.Contains(Advice.Escalate, Advice.Buttons(reply)))
            .Send("My prospect is happy with their current supplier")
            .AssertReply(reply => Assert.DoesNotContain(Advice.Escalate, Advice.Buttons(reply)))
            .PressEscalationOn("lost bag")
            .AssertEffect("escalation", payload =>
            {
                // A staffer who presses "Call the duty manager" gets the manager, at once, even from an older card;
                // the Wedge advice given since is not what the manager is called about.
                Assert.Equal("duty_manager", payload.GetProperty("target").GetString());
                Assert.Equal("immediate", payload.GetProperty("urgency").GetString());
                Assert.Equal("unknown", payload.GetProperty("intent").GetString());
                Assert.Empty(payload.GetProperty("ruleIds").EnumerateArray());
            })
            .RunAsync();

    [Fact]
    public Task OlderCardsFiguresForm_AfterNewAdvice_SaysTheCardHasExpired() =>
        Transcript.For(fixture.Runner)
            .Send("A guest asks for a discount")
            .KeepCard("discount")
            .AssertReply(_ => { })
            .Send("A guest asks for a discount, she is a regular")
            .AssertReply(reply => Advice.HasFiguresForm(reply))
            .SubmitFigures("120", null, "10%", card: "discount")
            .AssertReply(Advice.IsExpired)
            .RunAsync();

    [Theory]
    [InlineData("start over")]
    [InlineData("bắt đầu lại")]
    [InlineData("forget my data")]
    public Task OlderCardsRefinement_AfterStartOverOrForget_SaysTheCardHasExpired(string command) =>
        Transcript.For(fixture.Runner)
            .Send(Noise)
            .AssertReply(_ => { })
            .Send(command)
            .AssertReply(reply => Assert.Null(reply.Card))
            .AssertState(state => Assert.Null(state.LastExplanation))
            .Refine("guest_emotion", "angry")
            .AssertReply(Advice.IsExpired)
            .RunAsync();
}
