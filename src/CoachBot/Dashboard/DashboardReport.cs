using CoachBot.Coaching.Content;
using CoachBot.Dialogs;

namespace CoachBot.Dashboard;

/// <summary>A person's totals: answers, right share, channel quiz points, role-plays.</summary>
internal sealed record PersonRow(string UserId, string Name, int Answers, int Right, int Share, int Points, int RolePlays, int RolePlaysPassed, DateTimeOffset LastActive);

/// <summary>A topic's answers and right share.</summary>
internal sealed record TopicRow(string Topic, string Name, int Answers, int Right, int Share);

/// <summary>An inventory id the missed questions were built from: a weak spot to practise.</summary>
internal sealed record WeakSpotRow(string Source, string Name, int Answers, int Missed, int MissShare);

/// <summary>One day's answers and right share.</summary>
internal sealed record DayRow(string Day, int Answers, int Right, int Share);

/// <summary>One question of a channel quiz: its answers, right share, and who on the roster has not answered.</summary>
internal sealed record QuizQuestionRow(
    string QuizId, string? Team, string Topic, DateTimeOffset StartedAt, string Trainer, int Number, string QuestionId, string Prompt,
    int Answers, int Right, int Share, IReadOnlyList<string> NotAnswered);

/// <summary>The viewer and what they see.</summary>
internal sealed record ViewerRow(string Name, string Access, IReadOnlyList<string> Teams);

/// <summary>The dashboard's whole report for one viewer (and team), each part also a CSV.</summary>
internal sealed record DashboardReport(
    ViewerRow Viewer,
    string? Team,
    int Days,
    IReadOnlyList<PersonRow> People,
    IReadOnlyList<TopicRow> Topics,
    IReadOnlyList<WeakSpotRow> WeakSpots,
    IReadOnlyList<DayRow> Progress,
    IReadOnlyList<QuizQuestionRow> Quizzes)
{
    public static DashboardReport Build(DashboardViewer viewer, string? team, int days, DashboardRows rows, ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(content);
        var english = ReplyLanguage.English;
        var attempts = rows.Attempts;
        var people = attempts.Select(a => (a.UserId, a.Name, a.At)).Concat(rows.RolePlays.Select(r => (r.UserId, r.Name, r.At)))
            .GroupBy(p => p.UserId, StringComparer.Ordinal)
            .Select(g =>
            {
                var mine = attempts.Where(a => a.UserId == g.Key).ToList();
                var plays = rows.RolePlays.Where(r => r.UserId == g.Key).ToList();
                var right = mine.Count(a => a.Right);
                return new PersonRow(
                    g.Key, g.MaxBy(p => p.At).Name, mine.Count, right, Percent(right, mine.Count), mine.Sum(a => a.Points), plays.Count, plays.Count(p => p.Passed), g.Max(p => p.At));
            })
            .OrderByDescending(p => p.Share).ThenByDescending(p => p.Answers).ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        var topics = attempts.GroupBy(a => a.Topic, StringComparer.Ordinal)
            .Select(g => new TopicRow(g.Key, TopicName(content, g.Key, english), g.Count(), g.Count(a => a.Right), Percent(g.Count(a => a.Right), g.Count())))
            .OrderBy(t => t.Share).ThenBy(t => t.Topic, StringComparer.Ordinal)
            .ToList();
        var weakSpots = attempts.SelectMany(a => a.Sources.Select(s => (Source: s, a.Right)))
            .GroupBy(x => x.Source, StringComparer.Ordinal)
            .Select(g => new WeakSpotRow(
                g.Key, content.Knowledge.Sources.TryGet(g.Key, out var entry) ? entry.Name.For(english) : g.Key, g.Count(), g.Count(x => !x.Right), Percent(g.Count(x => !x.Right), g.Count())))
            .Where(w => w.Missed > 0)
            .OrderByDescending(w => w.Missed).ThenByDescending(w => w.MissShare).ThenBy(w => w.Source, StringComparer.Ordinal)
            .ToList();
        var progress = attempts.GroupBy(a => a.At.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal)
            .Select(g => new DayRow(g.Key, g.Count(), g.Count(a => a.Right), Percent(g.Count(a => a.Right), g.Count())))
            .OrderBy(d => d.Day, StringComparer.Ordinal)
            .ToList();
        var quizzes = rows.Quizzes.SelectMany(q => q.Quiz.Questions.Select((question, i) =>
        {
            var answers = q.Answers.Where(a => a.Question == i).ToList();
            var notAnswered = ChannelQuizzes.ChannelQuizCard.Laggards(q.Quiz, answers);
            var posted = i < q.Quiz.Current || (i == q.Quiz.Current && q.Quiz.OpenedAt is not null);
            return (Posted: posted, Row: new QuizQuestionRow(
                q.Quiz.Id, q.Quiz.TeamId, TopicName(content, q.Quiz.Topic, english), q.Quiz.StartedAt, q.Quiz.TrainerName ?? q.Quiz.TrainerId, i + 1, question.Id,
                question.Prompt,
                answers.Count, answers.Count(a => a.Right), Percent(answers.Count(a => a.Right), answers.Count), notAnswered));
        }).Where(x => x.Posted).Select(x => x.Row)).ToList();
        return new DashboardReport(
            new ViewerRow(viewer.Name, viewer.Access.ToString().ToLowerInvariant(), rows.Teams), team, days, people, topics, weakSpots, progress, quizzes);
    }

    private static string TopicName(ContentSet content, string? topic, ReplyLanguage language) =>
        topic is null ? content.Texts.For(ChannelQuizzes.ChannelQuizTexts.AllTopics, language)
        : content.Texts.TextKeys.Contains($"quiz.topic.{topic}") ? content.Texts.For(ChannelQuizzes.ChannelQuizTexts.Topic(topic), language)
        : topic;

    private static int Percent(int part, int whole) => whole == 0 ? 0 : (int)Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero);
}
