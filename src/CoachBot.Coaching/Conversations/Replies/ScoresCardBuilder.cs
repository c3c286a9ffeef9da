using CoachBot.Coaching.Training;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// "My scores": the last quiz's score, how many questions are due for review, the share right by topic, and the
/// inventory ids missed most (what to practise next), with buttons for a quiz on what is due and on the weakest topic.
/// </summary>
internal sealed class ScoresCardBuilder(CoachingServices services)
{
    // A short list to act on, not a report.
    private const int MaxWeakSpots = 3;

    private readonly QuizCardBuilder _quiz = new(services);

    private TextCatalog Texts => services.Texts;

    public Reply Build(QuizHistory history, IReadOnlyList<RolePlayResultPayload> rolePlays, ReplyLanguage language)
    {
        var answers = history.Answers;
        if (answers.Count == 0 && rolePlays.Count == 0)
        {
            return Reply.Ask(Texts.For(ScoresTexts.None, language), [_quiz.Again(null, language)]);
        }

        if (answers.Count == 0)
        {
            return new Reply(string.Empty)
            {
                Card = new ReplyCard(Texts.For(ScoresTexts.Title, language), [RolePlaySection(rolePlays, language)]),
                Choices = [_quiz.Again(null, language)],
            };
        }

        var last = answers.Where(a => a.QuizId == answers.Max(x => x.QuizId)).ToList();
        var lastTopics = last.Select(a => a.Topic).Distinct(StringComparer.Ordinal).ToList();
        var lastTopic = lastTopics.Count == 1 ? _quiz.TopicName(lastTopics[0], language) : Texts.For(ScoresTexts.Mixed, language);
        var text = Texts.Format(ScoresTexts.LastQuiz, language, last.Count(a => a.Right), last.Count, lastTopic, _quiz.When(last[^1].AnsweredAt, language));

        var due = QuizPicker.DueCount(services.Quiz, null, history.Cards, services.Now);
        List<string> lines = [due > 0 ? Texts.Format(ScoresTexts.Due, language, due) : Texts.For(ScoresTexts.NoneDue, language)];

        var byTopic = answers.GroupBy(a => a.Topic, StringComparer.Ordinal)
            .Select(g => (Topic: g.Key, Count: g.Count(), Right: g.Count(a => a.Right)))
            .OrderBy(t => (double)t.Right / t.Count)
            .ToList();
        var sections = new List<ReplySection>
        {
            new(Texts.For(ScoresTexts.TopicsHeading, language),
                [.. byTopic.Select(t => Texts.Format(ScoresTexts.TopicLine, language, _quiz.TopicName(t.Topic, language), t.Count, QuizCardBuilder.Percent(t.Right, t.Count)))]),
        };

        var weak = answers.SelectMany(a => a.Sources.Select(id => (Id: id, a.Right)))
            .GroupBy(s => s.Id, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, Count: g.Count(), Missed: g.Count(s => !s.Right)))
            .Where(s => s.Missed > 0)
            .OrderByDescending(s => (double)s.Missed / s.Count)
            .ThenByDescending(s => s.Missed)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .Take(MaxWeakSpots)
            .ToList();
        if (weak.Count > 0)
        {
            sections.Add(new ReplySection(Texts.For(QuizTexts.PractiseNext, language),
                [.. weak.Select(s => Texts.Format(ScoresTexts.WeakLine, language, _quiz.SourceNames([s.Id], language), s.Missed, s.Count))]));
        }

        if (rolePlays.Count > 0)
        {
            sections.Add(RolePlaySection(rolePlays, language));
        }

        List<Choice> choices = [_quiz.Again(null, language)];
        if (byTopic[0].Right < byTopic[0].Count)
        {
            choices.Add(new Choice(Texts.Format(QuizTexts.AgainOnButton, language, _quiz.TopicName(byTopic[0].Topic, language)), QuizButtons.NewQuiz(byTopic[0].Topic)));
        }

        return new Reply(text)
        {
            Card = new ReplyCard(Texts.For(ScoresTexts.Title, language), sections) { Lines = lines },
            Choices = choices,
        };
    }

    // The latest result of each case, newest first.
    private ReplySection RolePlaySection(IReadOnlyList<RolePlayResultPayload> rolePlays, ReplyLanguage language) =>
        new(Texts.For(ScoresTexts.RolePlaysHeading, language),
            [.. rolePlays.GroupBy(r => r.ScenarioId, StringComparer.Ordinal)
                .Select(g => g.MaxBy(r => r.FinishedAt)!)
                .OrderByDescending(r => r.FinishedAt)
                .Select(r => Texts.Format(ScoresTexts.RolePlayLine, language, CaseName(r.ScenarioId, language), r.ChecksPassed, r.ChecksTotal,
                    QuizCardBuilder.Percent(r.ChecksPassed, r.ChecksTotal), _quiz.When(r.FinishedAt, language)))]);

    private string CaseName(string id, ReplyLanguage language) => services.RolePlays.Scenario(id)?.Title.For(language) ?? id;
}
