using CoachBot.Coaching.Knowledge;

namespace CoachBot.Coaching.Tests.Knowledge;

public sealed class RulesEngineTests(RealPlaybooks playbooks) : IClassFixture<RealPlaybooks>
{
    private static FactSet AngryGuestDemandingCompensation() => new FactSet()
        .Set("intent", "complaint").Set("guest_emotion", "angry").Set("demands_compensation", true);

    [Theory]
    [InlineData("fire", "safety.fire")]
    [InlineData("injury", "safety.injury")]
    [InlineData("medical", "safety.medical")]
    [InlineData("threat", "safety.threat")]
    public void Evaluate_EmergencyDuringAComplaint_PutsSafetyFirstAndFlagsOverride(string emergency, string ruleId)
    {
        var facts = AngryGuestDemandingCompensation().Set("emergency", emergency);

        var (evaluation, advice) = playbooks.Evaluate(facts);

        Assert.Equal(ruleId, evaluation.Fired[0].RuleId);
        Assert.True(evaluation.Fired[0].OverridesAll);
        Assert.True(evaluation.OverrideFired);
        Assert.True(advice.IsEmergency);
        Assert.Equal("emergency_" + emergency, advice.ClassificationKey);
        Assert.Equal(EscalationTarget.Security, advice.Escalation?.To);
        Assert.Equal(EscalationUrgency.Immediate, advice.Escalation?.Urgency);
        Assert.True(evaluation.HasFired("complaint.accusatory.classify"), "the rest of the advice still follows");
    }

    [Fact]
    public void Evaluate_SafetyRule_FiresEvenWhenFilteredToAnotherDomain()
    {
        var facts = new FactSet().Set("emergency", "fire").Set("intent", "discount_request");

        var evaluation = playbooks.Engine.Evaluate(facts, domain: "discount");

        Assert.Equal("safety.fire", evaluation.Fired[0].RuleId);
        Assert.All(evaluation.Fired.Skip(1), f => Assert.Equal("discount", f.Rule.Domain));
    }

    [Fact]
    public void Evaluate_NoEmergency_HasNoOverride()
    {
        var facts = AngryGuestDemandingCompensation().Set("emergency", "none");

        var (evaluation, advice) = playbooks.Evaluate(facts);

        Assert.False(evaluation.OverrideFired);
        Assert.False(advice.IsEmergency);
    }

    [Fact]
    public void Evaluate_DomainFilter_RunsOnlyThatDomain()
    {
        var facts = AngryGuestDemandingCompensation().Set("objection_type", "price");

        var evaluation = playbooks.Engine.Evaluate(facts, domain: "objections");

        Assert.Equal(["objection.price"], evaluation.Fired.Select(f => f.RuleId));
    }

    [Fact]
    public void Evaluate_SameFactsTwice_GivesTheSameResult()
    {
        var facts = AngryGuestDemandingCompensation().Set("lost_property", true).Set("in_front_of_others", true);

        var first = playbooks.Engine.Evaluate(facts);
        var second = playbooks.Engine.Evaluate(facts);

        Assert.Equal(first.Fired.Select(f => (f.RuleId, string.Join(",", f.MatchedFacts))), second.Fired.Select(f => (f.RuleId, string.Join(",", f.MatchedFacts))));
        Assert.Equal(first.Advice.Localize("vi"), second.Advice.Localize("vi"), new LocalizedAdviceComparer());
    }

    [Fact]
    public void Evaluate_FiredRules_AreInPriorityOrderAndRecordTheFactsThatMatched()
    {
        var facts = AngryGuestDemandingCompensation().Set("lost_property", true).Set("regular_guest", true);

        var evaluation = playbooks.Engine.Evaluate(facts);

        Assert.Equal(evaluation.Fired.Select(f => f.Rule.Priority).OrderDescending(), evaluation.Fired.Select(f => f.Rule.Priority));
        var accusatory = evaluation.Fired.Single(f => f.RuleId == "complaint.accusatory.classify");
        Assert.Equal(["intent=complaint", "demands_compensation=true"], accusatory.MatchedFacts.Select(m => m.ToString()));
        Assert.DoesNotContain(evaluation.Fired.SelectMany(f => f.MatchedFacts), m => m.Name == "regular_guest");
    }

    [Fact]
    public void Evaluate_NothingRecognised_GivesEmptyAdvice()
    {
        var evaluation = playbooks.Engine.Evaluate(new FactSet().Set("intent", "greeting"));

        Assert.Empty(evaluation.Fired);
        Assert.True(evaluation.Advice.IsEmpty);
    }

    [Theory]
    [InlineData("vi", false, "Dạ, tôi thật sự xin lỗi")]
    [InlineData("zh", false, "我真的很抱歉")]
    [InlineData("zh", true, "我真的很抱歉")]
    [InlineData("zh-TW", false, "我真的很抱歉")]
    [InlineData("en-GB", false, "I'm truly sorry")]
    public void Localize_Language_GivesTheFirstSayLineInThatLanguage(string language, bool traditional, string expected)
    {
        var advice = playbooks.Engine.Evaluate(AngryGuestDemandingCompensation()).Advice.Localize(language, traditional);

        Assert.Contains(expected, advice.Say[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Localize_Traditional_UsesTraditionalCharacters()
    {
        var advice = playbooks.Engine.Evaluate(AngryGuestDemandingCompensation()).Advice;

        var simplified = advice.Localize("zh");
        var traditional = advice.Localize("zh", traditional: true);

        Assert.Equal("zh-Hant", traditional.Language);
        Assert.Contains("经理", simplified.Say[2], StringComparison.Ordinal);
        Assert.Contains("經理", traditional.Say[2], StringComparison.Ordinal);
        Assert.Contains("控告性客訴", traditional.ClassificationLabel, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_EveryTextInEveryLanguage_IsFilledAndNotEnglishInDisguise()
    {
        var texts = playbooks.Knowledge.Rules.SelectMany(r => r.Then.Say.Concat(r.Then.Steps).Concat(r.Then.Avoid)).ToArray();

        Assert.NotEmpty(texts);
        Assert.All(texts, t =>
        {
            Assert.NotEqual(t.En, t.Vi);
            Assert.NotEqual(t.En, t.Zh);
            Assert.NotEqual(t.En, t.ZhHant);
        });
    }

    private sealed class LocalizedAdviceComparer : IEqualityComparer<LocalizedAdvice>
    {
        public bool Equals(LocalizedAdvice? x, LocalizedAdvice? y) =>
            x is not null && y is not null && x.ClassificationKey == y.ClassificationKey
            && x.Say.SequenceEqual(y.Say) && x.Steps.SequenceEqual(y.Steps) && x.Avoid.SequenceEqual(y.Avoid)
            && x.Citations.SequenceEqual(y.Citations) && x.Escalation == y.Escalation;

        public int GetHashCode(LocalizedAdvice obj) => obj.Say.Count;
    }
}
