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
    public (FactSet Facts, ConcessionPlan? Plan) Prepare(IncomingTurn turn, DiscountTerms terms, FactSet facts, ReplyLanguage language)
    {
        if (!facts.TryGet("peak_season", out _))
        {
            facts.Set("peak_season", services.Policy.IsPeakSeason(services.Now));
        }

        // Figures in another currency are never converted or mixed with the property's caps, and figures that
        // cannot be a real offer give no plan: the script without figures, and Notes says why.
        if (!terms.IsComplete || terms.DoNotAddUp || terms.ForeignCurrency(services.Policy.Currency.Code, language.PrefersTraditional) is not null)
        {
            return (facts, null);
        }

        var regular = facts.TryGet("regular_guest", out var r) && r.IsTrue;
        var authority = Authority(turn, terms);
        var plan = new ConcessionCalculator(services.Policy.Currency).Plan(authority, terms.Rate!.Value, terms.Given, terms.Ask!, regular);
        var assessment = plan.Assessment;
        facts.Set("role", StaffRoles.Key(assessment.Authority.Role))
            .Set("authority_percent", assessment.Authority.MaxDiscountPercent)
            .Set("ask_within_authority", assessment.WithinAuthority)
            .Set("authority_spent", assessment.AuthoritySpent)
            .Set("room_rate", terms.Rate.Value);
        return (facts, plan);
    }

    /// <summary>
    /// Why figures the user gave have no plan, as the first screen's steps: a rate in another currency (named, not
    /// converted; a percentage ask is still measured against the percent limit), or figures that do not add up.
    /// </summary>
    public IReadOnlyList<string> Notes(IncomingTurn turn, DiscountTerms terms, ReplyLanguage language)
    {
        var texts = services.Texts;
        var property = services.Policy.Currency.Code;
        if (terms.DoNotAddUp)
        {
            return [texts.For(DiscountTexts.DoNotAddUp, language)];
        }

        if (terms.ForeignCurrency(property, language.PrefersTraditional) is not { } foreign)
        {
            return [];
        }

        var notes = new List<string> { texts.Format(DiscountTexts.ForeignCurrency, language, foreign, property) };
        if (terms.Ask is { Amount: 0, Percent: > 0 } ask && terms.Given.Amount == 0)
        {
            var limit = Authority(turn, terms).MaxDiscountPercent;
            var total = terms.Given.Percent + ask.Percent;
            var verdict = texts.For(total <= limit ? DiscountTexts.Within : DiscountTexts.Beyond, language);
            notes.Add(texts.Format(DiscountTexts.PercentOnly, language, Percent(total), verdict, Percent(limit)));
        }

        return notes;
    }

    // A limit the staffer states can only lower the configured one: the property's policy is the ceiling, and "my
    // limit is 20%" from a desk configured at 15% must not script the 20%.
    private RoleAuthority Authority(IncomingTurn turn, DiscountTerms terms)
    {
        var configured = services.Policy.AuthorityFor(services.RoleOf(turn));
        return terms.StatedLimitPercent is { } stated && stated < configured.MaxDiscountPercent
            ? configured with { MaxDiscountPercent = stated }
            : configured;
    }

    private static string Percent(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

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
