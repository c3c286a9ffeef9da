using CoachBot.Coaching.Knowledge;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// The buttons that sharpen advice: the other situations the message might have meant, then the options of the
/// first fact the rules still miss ("Wants compensation? Yes / No / Not sure"). The advice is already given; a press
/// only updates it.
/// </summary>
internal static class Refinements
{
    public static IReadOnlyList<Choice> For(Advice advice, AdviceMemory memory, TextCatalog texts, ReplyLanguage language, int room)
    {
        var choices = new List<Choice>();
        foreach (var intent in memory.Alternatives.Take(Math.Min(2, room)))
        {
            choices.Add(new Choice(
                texts.Format(AdviceTexts.OtherSituation, language, texts.For(AdviceTexts.Situation(intent), language)),
                new Refinement(memory.Sequence, Refinement.IntentFact, intent).ToValue()));
        }

        if (OpenQuestion(advice, memory) is not { } question)
        {
            return choices;
        }

        var refine = question.Refine.Get(language.Tag);
        foreach (var option in question.Options.Take(room - choices.Count))
        {
            var label = option.Label.Get(language.Tag);
            choices.Add(new Choice($"{refine} {label}", new Refinement(memory.Sequence, question.Fact, option.Value.ToString()).ToValue())
            {
                Synonyms = [option.Label.En, option.Label.Vi, option.Label.Zh, option.Label.ZhHant],
                Refreshes = true,
            });
        }

        if (choices.Count < room)
        {
            var notSure = question.NotSure?.For(language) ?? texts.For(AdviceTexts.NotSure, language);
            choices.Add(new Choice(notSure, new Refinement(memory.Sequence, question.Fact, Refinement.NotSure).ToValue())
            {
                Refreshes = true,
            });
        }

        return choices;
    }

    /// <summary>The first question whose fact is unknown and that the user has not left open.</summary>
    public static FactQuestion? OpenQuestion(Advice advice, AdviceMemory memory) =>
        advice.Questions.FirstOrDefault(q => !memory.Settled.Contains(q.Fact, StringComparer.Ordinal));

    /// <summary>The option of <paramref name="question"/> whose value reads as <paramref name="value"/>, if any.</summary>
    public static AnswerOption? Option(FactQuestion question, string value) =>
        question.Options.FirstOrDefault(o => string.Equals(o.Value.ToString(), value, StringComparison.Ordinal));

    /// <summary>The question the playbooks ask for <paramref name="fact"/>, if any rule asks it.</summary>
    public static FactQuestion? Find(KnowledgeBase knowledge, string fact) =>
        knowledge.Rules.SelectMany(r => r.Then.Ask).FirstOrDefault(q => q.Fact == fact);
}
