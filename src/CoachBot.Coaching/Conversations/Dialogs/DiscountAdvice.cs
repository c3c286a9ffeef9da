using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Policy;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// What a discount request (H-07, H-18) adds to advice: the facts only configuration may set (the season by the
/// calendar, and with the figures the user's authority and whether the ask fits), the staged plan within the user's
/// authority once the rate and the ask are known, and the figures form on the card. The negotiation script itself
/// needs no figures.
/// </summary>
internal sealed class DiscountAdvice(CoachingServices services)
{
    /// <summary>The facts to evaluate and, when the figures allow, the plan.</summary>
    public (FactSet Facts, ConcessionPlan? Plan) Prepare(IncomingTurn turn, DiscountTerms terms, FactSet facts)
    {
        if (!facts.TryGet("peak_season", out _))
        {
            facts.Set("peak_season", services.Policy.IsPeakSeason(services.Now));
        }

        if (!terms.IsComplete)
        {
            return (facts, null);
        }

        var regular = facts.TryGet("regular_guest", out var r) && r.IsTrue;
        var authority = services.Policy.AuthorityFor(services.RoleOf(turn));
        var plan = new ConcessionCalculator(services.Policy.Currency).Plan(authority, terms.Rate!.Value, terms.Given, terms.Ask!, regular);
        var assessment = plan.Assessment;
        facts.Set("role", StaffRoles.Key(assessment.Authority.Role))
            .Set("authority_percent", assessment.Authority.MaxDiscountPercent)
            .Set("ask_within_authority", assessment.WithinAuthority)
            .Set("authority_spent", assessment.AuthoritySpent)
            .Set("room_rate", terms.Rate.Value);
        return (facts, plan);
    }

    /// <summary>The view's figures: the plan's stages as the first screen's steps, every figure behind More.</summary>
    public AdviceView WithFigures(AdviceView view, ConcessionPlan plan, FactSet facts, ReplyLanguage language)
    {
        var regular = facts.TryGet("regular_guest", out var r) && r.IsTrue;
        return view with
        {
            FigureSteps = DiscountFigures.StageLines(plan, services.Policy.Currency, services.Texts, language, regular),
            Figures = DiscountFigures.Section(plan, services.Policy.Currency, services.Texts, language, regular),
        };
    }

    /// <summary>The form for the rate, what was given and the ask, behind its own button on the card.</summary>
    public ReplyForm Form(int sequence, ReplyLanguage language) => new(
        services.Texts.For(AdviceTexts.FiguresButton, language),
        [
            new ReplyInput(FiguresSubmit.RateInput, services.Texts.Format(AdviceTexts.RateLabel, language, services.Policy.Currency.Code), services.Texts.For(AdviceTexts.RateExample, language)),
            new ReplyInput(FiguresSubmit.GivenInput, services.Texts.For(AdviceTexts.GivenLabel, language), services.Texts.For(AdviceTexts.AskExample, language)),
            new ReplyInput(FiguresSubmit.AskInput, services.Texts.For(AdviceTexts.AskLabel, language), services.Texts.For(AdviceTexts.AskExample, language)),
        ],
        new Choice(services.Texts.For(AdviceTexts.FiguresSubmit, language), FiguresSubmit.ValueFor(sequence)));
}
