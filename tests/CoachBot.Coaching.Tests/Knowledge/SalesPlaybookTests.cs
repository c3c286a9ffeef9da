using CoachBot.Coaching.Knowledge;

namespace CoachBot.Coaching.Tests.Knowledge;

public sealed class SalesPlaybookTests(RealPlaybooks playbooks) : IClassFixture<RealPlaybooks>
{
    [Fact]
    public void Evaluate_BankRepWhoLedWithRatesAndLeftAProposal_FlagsTheTrapAndTheIncumbentMatch()
    {
        var facts = new FactSet().Set("intent", "incumbent").Set("call_stage", "post_call").Set("rep_mistake", "led_with_price");

        var (evaluation, advice) = playbooks.Evaluate(facts);

        Assert.Equal("trap_led_with_price", advice.ClassificationKey);
        Assert.Equal(["wedge.trap.led_with_price", "wedge.post_call"], evaluation.Fired.Select(f => f.RuleId));
        Assert.Contains(advice.Steps, s => s.Contains("easiest thing for the incumbent to match", StringComparison.Ordinal));
        Assert.Contains(advice.Avoid, a => a.Contains("six months", StringComparison.Ordinal));
        Assert.Equal(["W-03", "W-04", "P-08"], advice.Citations);
    }

    [Fact]
    public void Evaluate_RepBadmouthedTheIncumbentInCall_SaysToStopAndAsk()
    {
        var facts = new FactSet().Set("incumbent_mentioned", true).Set("call_stage", "in_call").Set("rep_mistake", "badmouthing");

        var (_, advice) = playbooks.Evaluate(facts);

        Assert.Equal("trap_badmouthing", advice.ClassificationKey);
        Assert.Contains(advice.Steps, s => s.Contains("criticises the buyer", StringComparison.Ordinal));
        Assert.Contains("W-06", advice.Citations);
        Assert.Contains("W-07", advice.Citations);
    }

    [Fact]
    public void Evaluate_PreCallWithIncumbent_PlansThreePartiesAndDiscoveryQuestions()
    {
        var facts = new FactSet().Set("intent", "incumbent").Set("call_stage", "pre_call");

        var (evaluation, advice) = playbooks.Evaluate(facts);

        Assert.Equal("wedge_pre_call", advice.ClassificationKey);
        Assert.Contains(advice.Steps, s => s.Contains("Three parties", StringComparison.Ordinal));
        Assert.Contains(advice.Steps, s => s.Contains("discover", StringComparison.Ordinal));
        Assert.Equal(["W-01", "W-02", "W-04", "W-07", "P-05"], advice.Citations);
        Assert.Contains(evaluation.Suppressed, s => s.RuleId == "wedge.incumbent");
    }

    [Fact]
    public void Evaluate_IncumbentWithoutStage_AsksWhereTheRepIs()
    {
        var (_, advice) = playbooks.Evaluate(new FactSet().Set("intent", "incumbent"));

        var question = Assert.Single(advice.Questions);
        Assert.Equal("call_stage", question.Fact);
        Assert.Equal(["pre_call", "in_call", "post_call"], question.Options.Select(o => o.Value));
    }

    [Fact]
    public void Evaluate_LostFortyRoomConference_GivesTheWinBackPlanAndAsksWhatIsKnown()
    {
        var (_, advice) = playbooks.Evaluate(new FactSet().Set("intent", "lost_account"));

        Assert.Equal("lost_account", advice.ClassificationKey);
        Assert.Contains(advice.Steps, s => s.Contains("gatekeeper", StringComparison.Ordinal));
        Assert.Contains(advice.Steps, s => s.Contains("who really decided", StringComparison.Ordinal));
        Assert.Equal(["lost_reason_known", "decision_maker_known"], advice.Questions.Select(q => q.Fact));
        Assert.Equal(["H-10"], advice.Citations);
    }

    [Fact]
    public void Evaluate_LostAccountWithReasonAndDecisionMakerKnown_ScriptsTheMeeting()
    {
        var facts = new FactSet().Set("intent", "lost_account").Set("lost_reason_known", true).Set("decision_maker_known", true);

        var (_, advice) = playbooks.Evaluate(facts);

        Assert.Equal("lost_account_meeting", advice.ClassificationKey);
        Assert.Contains(advice.Say, s => s.Contains("feedback", StringComparison.Ordinal) || s.Contains("do better", StringComparison.Ordinal));
        Assert.Contains(advice.Steps, s => s.Contains("guarantee", StringComparison.Ordinal));
        Assert.Contains(advice.Steps, s => s.Contains("original contact", StringComparison.Ordinal));
        Assert.Empty(advice.Questions);
    }

    [Theory]
    [InlineData("price", "P-08")]
    [InlineData("happy_with_current", "W-07")]
    [InlineData("send_proposal", "W-03")]
    [InlineData("no_time", "A-02")]
    [InlineData("ask_boss", "H-10")]
    [InlineData("all_same", "W-05")]
    public void Evaluate_EachObjection_HasALineAQuestionAndWhatToAvoid(string objection, string source)
    {
        var facts = new FactSet().Set("intent", "objection").Set("objection_type", objection);

        var (_, advice) = playbooks.Evaluate(facts);

        Assert.Equal("objection_" + objection, advice.ClassificationKey);
        Assert.NotEmpty(advice.Say);
        Assert.Contains(advice.Say, s => s.EndsWith('?'));
        Assert.NotEmpty(advice.Avoid);
        Assert.Contains(source, advice.Citations);
    }

    [Fact]
    public void Evaluate_ObjectionOfUnknownType_AsksWhichOneWithSixButtons()
    {
        var (_, advice) = playbooks.Evaluate(new FactSet().Set("intent", "objection"));

        Assert.Equal(6, Assert.Single(advice.Questions).Options.Count);
    }

    [Theory]
    [InlineData("sales_authority", "H-07")]
    [InlineData("incentives", "H-08")]
    [InlineData("training", "H-03")]
    [InlineData("internal_marketing", "H-02")]
    [InlineData("brainstorming", "H-04")]
    [InlineData("all_staff_selling", "H-06")]
    [InlineData("sales_targets", "H-05")]
    [InlineData("implementation", "M-02")]
    [InlineData("action_plan", "M-03")]
    [InlineData("product_marketing_sync", "P-12")]
    [InlineData("kpis", "P-13")]
    [InlineData("competitor_focus", "W-10")]
    public void Evaluate_ManagerTopic_GivesCoachingStepsFromItsSource(string topic, string source)
    {
        var (_, advice) = playbooks.Evaluate(new FactSet().Set("intent", "manager_question").Set("manager_topic", topic));

        Assert.NotEmpty(advice.Steps);
        Assert.Contains(source, advice.Citations);
    }

    [Fact]
    public void Evaluate_ActionPlanQuestion_NamesOwnerAndDeadline()
    {
        var (_, advice) = playbooks.Evaluate(new FactSet().Set("manager_topic", "action_plan"));

        Assert.Contains(advice.Steps, s => s.Contains("owner and a deadline", StringComparison.Ordinal));
    }
}
