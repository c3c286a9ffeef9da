using CoachBot.Coaching.Knowledge;

namespace CoachBot.Coaching.Tests.Knowledge;

public sealed class DiscountPlaybookTests(RealPlaybooks playbooks) : IClassFixture<RealPlaybooks>
{
    private static FactSet RegularInPeakSeasonAskingFiveMore() => new FactSet()
        .Set("intent", "discount_request").Set("regular_guest", true).Set("peak_season", true)
        .Set("discount_already_given", true).Set("discount_given_percent", 10m).Set("ask_amount", 5m);

    [Fact]
    public void Evaluate_RegularInPeakSeasonAskingFiveMore_HoldsFirmThenManagersSpecial()
    {
        var (evaluation, advice) = playbooks.Evaluate(RegularInPeakSeasonAskingFiveMore());

        Assert.Equal("regular_discount", advice.ClassificationKey);
        Assert.Contains(advice.Steps, s => s.Contains("don't spend all of your authority", StringComparison.Ordinal));
        Assert.Contains(advice.Steps, s => s.Contains("ask the manager", StringComparison.Ordinal));
        Assert.Contains(advice.Avoid, a => a.Contains("rooms to spare", StringComparison.Ordinal));
        Assert.True(evaluation.HasFired("discount.peak_season_regular"));
        Assert.False(evaluation.HasFired("discount.request"));
        Assert.Empty(advice.Questions);
        Assert.Equal(["H-18"], advice.Citations);
    }

    [Fact]
    public void Evaluate_AskFitsAuthority_AddsActFirstReportLater()
    {
        var facts = RegularInPeakSeasonAskingFiveMore().Set("ask_within_authority", true);

        var (_, advice) = playbooks.Evaluate(facts);

        Assert.Contains(advice.Steps, s => s.Contains("you may agree now", StringComparison.Ordinal));
        Assert.Equal(["H-18", "H-07"], advice.Citations);
        Assert.Null(advice.Escalation);
    }

    [Fact]
    public void Evaluate_RegularStillRefusesWithAuthoritySpent_BringsInManagerAndKeepsTheRegular()
    {
        var facts = RegularInPeakSeasonAskingFiveMore().Set("offer_refused", true).Set("authority_spent", true);

        var (evaluation, advice) = playbooks.Evaluate(facts);

        Assert.Equal("discount_beyond_authority", advice.ClassificationKey);
        Assert.Equal(EscalationTarget.DutyManager, advice.Escalation?.To);
        Assert.Contains(advice.Avoid, a => a.Contains("competitor", StringComparison.Ordinal));
        Assert.Contains(evaluation.Suppressed, s => s.RuleId == "discount.regular_guest");
    }

    [Fact]
    public void Evaluate_UnknownGuestAsksForDiscount_UsesAuthorityAndAsksIfRegular()
    {
        var (_, advice) = playbooks.Evaluate(new FactSet().Set("intent", "discount_request"));

        Assert.Equal("discount_request", advice.ClassificationKey);
        Assert.Equal(["regular_guest"], advice.Questions.Select(q => q.Fact));
        Assert.Equal(["H-07", "H-18"], advice.Citations);
    }
}
