using CoachBot.Coaching.Knowledge;
using CoachBot.Dialogs;
using LocalizedText = CoachBot.Dialogs.LocalizedText;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// Builds the advice reply: a first line usable at once ("Say now: …"), then a card with the classification as
/// title and the say / never say / do next / escalate sections, buttons (Why?, call the manager when the rules
/// escalate, helpful / not helpful), the citations of the rules that fired, and feedback on.
/// </summary>
internal static class AdviceReplyBuilder
{
    public static Reply Build(
        EvaluationResult result,
        ReplyLanguage language,
        KnowledgeBase knowledge,
        AdviceLayout layout,
        IReadOnlyList<ReplySection>? extraSections = null,
        IReadOnlyList<Choice>? extraButtons = null)
    {
        var advice = result.Advice.Localize(language.Code, language.PrefersTraditional);
        var sections = new List<ReplySection>();
        AddSection(sections, layout.SayHeading, advice.Say, language);
        sections.AddRange(extraSections ?? []);
        AddSection(sections, layout.AvoidHeading, advice.Avoid, language);
        AddSection(sections, layout.StepsHeading, advice.Steps, language);
        if (advice.Escalation is { } escalation)
        {
            var who = escalation.To == EscalationTarget.Security ? CoachTexts.Security : CoachTexts.DutyManager;
            var when = escalation.Urgency switch
            {
                EscalationUrgency.Immediate => CoachTexts.Immediately,
                EscalationUrgency.Soon => CoachTexts.Soon,
                _ => CoachTexts.Routine,
            };
            AddSection(sections, CoachTexts.EscalateHeading, [CoachTexts.EscalateLine.Format(language, escalation.Reason, who.For(language), when.For(language))], language);
        }

        var buttons = new List<Choice> { AdviceButtons.Why(language) };
        if (advice.Escalation is { } e)
        {
            buttons.Add(e.To == EscalationTarget.Security ? AdviceButtons.CallSecurity(language) : AdviceButtons.CallManager(language));
        }

        buttons.AddRange(extraButtons ?? []);
        buttons.Add(AdviceButtons.Helpful(language));
        buttons.Add(AdviceButtons.NotHelpful(language));
        return new Reply(FirstLine(advice, layout, language))
        {
            Card = new ReplyCard(advice.ClassificationLabel, sections),
            Choices = buttons,
            Citations = CitationBuilder.Build(advice.Citations, knowledge.Sources, language),
            FeedbackEnabled = true,
        };
    }

    private static string FirstLine(LocalizedAdvice advice, AdviceLayout layout, ReplyLanguage language) =>
        advice.Say.Count > 0 ? layout.FirstLine.Format(language, advice.Say[0])
        : advice.Steps.Count > 0 ? CoachTexts.DoNow.Format(language, advice.Steps[0])
        : advice.ClassificationLabel ?? CoachTexts.NoAdvice.For(language);

    private static void AddSection(List<ReplySection> sections, LocalizedText heading, IReadOnlyList<string> lines, ReplyLanguage language)
    {
        if (lines.Count > 0)
        {
            sections.Add(new ReplySection(heading.For(language), lines));
        }
    }
}
