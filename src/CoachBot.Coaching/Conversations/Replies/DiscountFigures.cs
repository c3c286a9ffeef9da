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
    public static ReplySection Section(ConcessionPlan plan, CurrencyPolicy currency, TextCatalog texts, ReplyLanguage language, bool regularGuest)
    {
        var a = plan.Assessment;
        var lines = new List<string>
        {
            texts.Format(DiscountTexts.Authority, language, texts.For(DiscountTexts.Role(a.Authority.Role), language), Percent(a.Authority.MaxDiscountPercent),
                currency.Format(a.Authority.MaxAmountPerNight), currency.Format(a.Limit)),
        };
        if (!a.Given.IsNone)
        {
            lines.Add(texts.Format(DiscountTexts.Given, language, currency.Format(a.GivenOff), Percent(ConcessionCalculator.EffectivePercent(a.Rate, a.Given)),
                currency.Format(plan.Stages[0].Price)));
        }

        if (!a.Ask.IsNone)
        {
            var verdict = texts.For(a.WithinAuthority ? DiscountTexts.Within : DiscountTexts.Beyond, language);
            var asked = Describe(a.Ask, currency);
            lines.Add((a.Given.IsNone, a.Ask.Amount) switch
            {
                // Nothing given yet: "more" and "in all" would say the same thing twice.
                (true, 0) => texts.Format(DiscountTexts.AskedOff, language, asked, verdict),
                (true, _) => texts.Format(DiscountTexts.AskedOffWithPercent, language, asked, Percent(a.CombinedPercent), verdict),
                _ => texts.Format(DiscountTexts.Asked, language, asked, Percent(a.CombinedPercent), verdict),
            });
        }

        var number = 1;
        foreach (var line in StageLines(plan, currency, texts, language, regularGuest))
        {
            lines.Add($"{AdviceTexts.StepNumber(number++)} {line}");
        }

        if (plan.Reserve > 0)
        {
            lines.Add(texts.Format(DiscountTexts.Reserve, language, currency.Format(plan.Reserve)));
        }

        return new ReplySection(texts.For(DiscountTexts.Heading, language), lines);
    }

    /// <summary>The staged plan, one line per stage: hold firm, a small step, the manager's special, call the manager.</summary>
    public static IReadOnlyList<string> StageLines(ConcessionPlan plan, CurrencyPolicy currency, TextCatalog texts, ReplyLanguage language, bool regularGuest) =>
        [.. plan.Stages.Select(stage => stage.Kind switch
        {
            ConcessionStageKind.HoldFirm => texts.Format(DiscountTexts.HoldFirm, language, currency.Format(stage.Price)),
            ConcessionStageKind.SmallStep => Step(texts, DiscountTexts.SmallStep, stage, currency, language),
            ConcessionStageKind.ManagersSpecial => Step(texts, regularGuest ? DiscountTexts.ManagersSpecialForRegulars : DiscountTexts.ManagersSpecial, stage, currency, language),
            _ => texts.For(DiscountTexts.CallManager, language),
        })];

    private static string Step(TextCatalog texts, TextId text, ConcessionStage stage, CurrencyPolicy currency, ReplyLanguage language) =>
        texts.Format(text, language, currency.Format(stage.ExtraOff), currency.Format(stage.Price), Percent(stage.EffectivePercent));

    private static string Describe(Concession concession, CurrencyPolicy currency) =>
        (concession.Percent, concession.Amount) switch
        {
            (0, var amount) => currency.Format(amount),
            (var percent, 0) => Percent(percent) + "%",
            var (percent, amount) => Percent(percent) + "% + " + currency.Format(amount),
        };

    private static string Percent(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
}
