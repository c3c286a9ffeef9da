using System.Globalization;
using CoachBot.Coaching.Policy;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// The figures section of discount advice: the user's authority, what is given and asked, and the staged plan, in
/// the property's currency. Each step reads as "more" on top of the step before, with the price and percentage in
/// all; the manager's special is "for regulars" only when the guest is one.
/// </summary>
internal static class DiscountFigures
{
    public static ReplySection Section(ConcessionPlan plan, CurrencyPolicy currency, ReplyLanguage language, bool regularGuest)
    {
        var a = plan.Assessment;
        var lines = new List<string>
        {
            DiscountTexts.Authority.Format(language, DiscountTexts.Role(a.Authority.Role).For(language), Percent(a.Authority.MaxDiscountPercent),
                currency.Format(a.Authority.MaxAmountPerNight), currency.Format(a.Limit)),
        };
        if (!a.Given.IsNone)
        {
            lines.Add(DiscountTexts.Given.Format(language, currency.Format(a.GivenOff), Percent(ConcessionCalculator.EffectivePercent(a.Rate, a.Given)),
                currency.Format(plan.Stages[0].Price)));
        }

        if (!a.Ask.IsNone)
        {
            var verdict = (a.WithinAuthority ? DiscountTexts.Within : DiscountTexts.Beyond).For(language);
            var asked = Describe(a.Ask, currency);
            lines.Add((a.Given.IsNone, a.Ask.Amount) switch
            {
                // Nothing given yet: "more" and "in all" would say the same thing twice.
                (true, 0) => DiscountTexts.AskedOff.Format(language, asked, verdict),
                (true, _) => DiscountTexts.AskedOffWithPercent.Format(language, asked, Percent(a.CombinedPercent), verdict),
                _ => DiscountTexts.Asked.Format(language, asked, Percent(a.CombinedPercent), verdict),
            });
        }

        var number = 1;
        foreach (var line in StageLines(plan, currency, language, regularGuest))
        {
            lines.Add($"{AdviceTexts.StepNumber(number++)} {line}");
        }

        if (plan.Reserve > 0)
        {
            lines.Add(DiscountTexts.Reserve.Format(language, currency.Format(plan.Reserve)));
        }

        return new ReplySection(DiscountTexts.Heading.For(language), lines);
    }

    /// <summary>The staged plan, one line per stage: hold firm, a small step, the manager's special, call the manager.</summary>
    public static IReadOnlyList<string> StageLines(ConcessionPlan plan, CurrencyPolicy currency, ReplyLanguage language, bool regularGuest) =>
        [.. plan.Stages.Select(stage => stage.Kind switch
        {
            ConcessionStageKind.HoldFirm => DiscountTexts.HoldFirm.Format(language, currency.Format(stage.Price)),
            ConcessionStageKind.SmallStep => Step(DiscountTexts.SmallStep, stage, currency, language),
            ConcessionStageKind.ManagersSpecial => Step(regularGuest ? DiscountTexts.ManagersSpecialForRegulars : DiscountTexts.ManagersSpecial, stage, currency, language),
            _ => DiscountTexts.CallManager.For(language),
        })];

    private static string Step(LocalizedText text, ConcessionStage stage, CurrencyPolicy currency, ReplyLanguage language) =>
        text.Format(language, currency.Format(stage.ExtraOff), currency.Format(stage.Price), Percent(stage.EffectivePercent));

    private static string Describe(Concession concession, CurrencyPolicy currency) =>
        (concession.Percent, concession.Amount) switch
        {
            (0, var amount) => currency.Format(amount),
            (var percent, 0) => Percent(percent) + "%",
            var (percent, amount) => Percent(percent) + "% + " + currency.Format(amount),
        };

    private static string Percent(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
}
