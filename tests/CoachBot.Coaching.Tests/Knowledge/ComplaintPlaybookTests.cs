using CoachBot.Coaching.Knowledge;

namespace CoachBot.Coaching.Tests.Knowledge;

public sealed class ComplaintPlaybookTests(RealPlaybooks playbooks) : IClassFixture<RealPlaybooks>
{
    private static bool Mentions(IEnumerable<string> lines, string word) =>
        lines.Any(l => l.Contains(word, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Evaluate_LostBagRegularAngryDemandingCompensation_IsAccusatoryWithLostPropertyScriptAndEscalation()
    {
        var facts = new FactSet()
            .Set("intent", "complaint").Set("regular_guest", true).Set("guest_emotion", "angry")
            .Set("demands_compensation", true).Set("demands_punishment", true).Set("lost_property", true);

        var (evaluation, advice) = playbooks.Evaluate(facts);

        Assert.Equal("accusatory", advice.ClassificationKey);
        Assert.True(evaluation.HasFired("complaint.lost_property"));
        Assert.True(Mentions(advice.Steps, "CCTV"));
        Assert.True(Mentions(advice.Avoid, "liability"));
        Assert.Equal(EscalationTarget.DutyManager, advice.Escalation?.To);
        Assert.Equal(EscalationUrgency.Immediate, advice.Escalation?.Urgency);
        Assert.Contains("H-12", advice.Citations);
        Assert.Contains("H-16", advice.Citations);
    }

    [Fact]
    public void Evaluate_RegularCriticisingFruitInFrontOfFriends_IsCriticalWithFaceSaving()
    {
        var facts = new FactSet()
            .Set("intent", "complaint").Set("regular_guest", true).Set("guest_emotion", "upset").Set("in_front_of_others", true);

        var (evaluation, advice) = playbooks.Evaluate(facts);

        Assert.Equal("critical", advice.ClassificationKey);
        Assert.True(evaluation.HasFired("complaint.face_saving"));
        Assert.True(Mentions(advice.Steps, "face"));
        Assert.Equal("H-13", advice.Citations[0]);
        Assert.Null(advice.Escalation);
    }

    [Fact]
    public void Evaluate_HappyLongStayGuestSuggestsGreetingWifeByName_IsConstructiveWithFollowUp()
    {
        var facts = new FactSet()
            .Set("intent", "complaint").Set("guest_emotion", "happy").Set("praise", true).Set("suggestion", true);

        var (_, advice) = playbooks.Evaluate(facts);

        Assert.Equal("constructive", advice.ClassificationKey);
        Assert.True(Mentions(advice.Steps, "every team involved"));
        Assert.True(Mentions(advice.Steps, "Follow up"));
        Assert.Equal(["H-14", "H-15", "H-16"], advice.Citations);
    }

    [Fact]
    public void Evaluate_ClassificationGroup_FiresOnlyTheHighestPriorityKind()
    {
        var facts = new FactSet()
            .Set("intent", "complaint").Set("guest_emotion", "angry").Set("demands_compensation", true);

        var (evaluation, _) = playbooks.Evaluate(facts);

        Assert.Single(evaluation.Fired, f => f.Rule.Group == "complaint.kind");
        Assert.Contains(evaluation.Suppressed, s => s.RuleId == "complaint.unclassified" && s.WinnerRuleId == "complaint.accusatory.classify");
    }

    [Fact]
    public void Evaluate_ComplaintWithNothingKnown_IsCriticalAndAsksEmotionAndCompensation()
    {
        var unknown = playbooks.Evaluate(new FactSet().Set("intent", "complaint")).Advice;
        var partly = playbooks.Evaluate(new FactSet().Set("intent", "complaint").Set("demands_compensation", false)).Advice;
        var calmWithDemand = playbooks.Evaluate(new FactSet().Set("intent", "complaint").Set("guest_emotion", "calm").Set("demands_compensation", true)).Advice;

        // A complaint that tells neither mood nor demand is displeasure asking for nothing yet (H-13), with an apology
        // first in case the guest is angry; the card asks the mood and the demand that would change it.
        Assert.Equal("critical", unknown.ClassificationKey);
        Assert.Contains("sorry", unknown.Say[0], StringComparison.OrdinalIgnoreCase);
        Assert.Null(calmWithDemand.ClassificationKey); // calm yet demanding: no kind fits, the mood is asked
        Assert.Equal(["guest_emotion", "demands_compensation"], unknown.Questions.Select(q => q.Fact));
        Assert.Equal(["angry", "upset", "calm", "happy"], unknown.Questions[0].Options.Select(o => o.Value));
        Assert.Equal("critical", partly.ClassificationKey); // asks for nothing: H-13, whatever the mood word
    }

    [Fact]
    public void Evaluate_ComplaintIgnoredBefore_WarnsItIsEscalatingAndCallsManager()
    {
        var facts = new FactSet().Set("intent", "complaint").Set("guest_emotion", "calm").Set("ignored_before", true);

        var (evaluation, advice) = playbooks.Evaluate(facts);

        Assert.True(evaluation.HasFired("complaint.escalation_ladder"));
        Assert.Equal("critical", advice.ClassificationKey);
        Assert.True(Mentions(advice.Steps, "criticism, then accusation"));
        Assert.Equal(EscalationTarget.DutyManager, advice.Escalation?.To);
        Assert.Contains("H-15", advice.Citations);
    }

    [Fact]
    public void Evaluate_SpilledWineWithInternsExcuse_ApologisesAndForbidsBlamingInterns()
    {
        var facts = new FactSet().Set("banquet_incident", true).Set("staff_excuse_made", true);

        var (evaluation, advice) = playbooks.Evaluate(facts);

        Assert.Equal(["complaint.staff_excuse", "complaint.banquet_incident"], evaluation.Fired.Select(f => f.RuleId));
        Assert.StartsWith("There's no excuse", advice.Say[0], StringComparison.Ordinal);
        Assert.True(Mentions(advice.Avoid, "interns"));
        Assert.True(Mentions(advice.Steps, "mentor"));
        Assert.True(Mentions(advice.Steps, "even if the guest seems satisfied"));
        Assert.Equal(["H-16"], advice.Citations);
    }

    [Fact]
    public void Evaluate_WakeUpCallClaimBeforeCheckingTheLog_AsksForTheRecord()
    {
        var facts = new FactSet().Set("intent", "complaint").Set("wake_up_call", true).Set("demands_compensation", true).Set("guest_emotion", "angry");

        var (evaluation, advice) = playbooks.Evaluate(facts);

        Assert.True(evaluation.HasFired("complaint.wake_up_call.check"));
        Assert.Contains(advice.Questions, q => q.Fact == "wake_up_call_logged");
    }

    [Fact]
    public void Evaluate_WakeUpCallLoggedAsAnswered_ExplainsNoDutyForSpeculativeLossAndFiveMinuteRecall()
    {
        var facts = new FactSet().Set("intent", "complaint").Set("wake_up_call", true).Set("wake_up_call_logged", true)
            .Set("demands_compensation", true).Set("guest_emotion", "angry");

        var (evaluation, advice) = playbooks.Evaluate(facts);

        Assert.True(evaluation.HasFired("complaint.wake_up_call.made"));
        Assert.False(evaluation.HasFired("complaint.wake_up_call.check"));
        Assert.True(Mentions(advice.Steps, "speculative"));
        Assert.True(Mentions(advice.Steps, "five minutes"));
        Assert.True(Mentions(advice.Avoid, "lost profit"));
        Assert.Contains("H-17", advice.Citations);
        Assert.DoesNotContain(advice.Questions, q => q.Fact == "wake_up_call_logged");
    }

    [Fact]
    public void Evaluate_WakeUpCallNotMade_ApologisesAndEscalatesImmediately()
    {
        var facts = new FactSet().Set("wake_up_call", true).Set("wake_up_call_logged", false);

        var (evaluation, advice) = playbooks.Evaluate(facts);

        Assert.True(evaluation.HasFired("complaint.wake_up_call.missed"));
        Assert.Equal(EscalationUrgency.Immediate, advice.Escalation?.Urgency);
    }
}
