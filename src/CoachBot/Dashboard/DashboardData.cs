using CoachBot.ChannelQuizzes;
using CoachBot.Hosting;
using CoachBot.State;
using Microsoft.Extensions.Options;

namespace CoachBot.Dashboard;

/// <summary>The team a viewer asked for is not one they may see.</summary>
internal sealed class DashboardForbiddenException(string message) : Exception(message);

/// <summary>
/// Reads what a viewer may see from the store: channel quizzes with their answers, and 1:1 quiz and role-play results,
/// over the report period. The operator sees every team (or the one asked for); a trainer the teams configured for
/// them, and the people on those teams' quiz rosters or among their answers, with those people's 1:1 results; a
/// trainee only their own answers and results, found by the Entra object id they signed in with.
/// </summary>
internal sealed class DashboardData(IStateStore store, ChannelQuizStore channelQuizzes, CoachingContent content, TimeProvider timeProvider, IOptions<DashboardOptions> options)
{
    public async Task<DashboardRows> ReadAsync(DashboardViewer viewer, string? team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (team is not null && !viewer.SeesTeam(team))
        {
            throw new DashboardForbiddenException($"Team {team} is not one of yours.");
        }

        var since = timeProvider.GetUtcNow().AddDays(-options.Value.Days);
        var quizzes = new List<QuizAnswers>();
        foreach (var quiz in await channelQuizzes.GetAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (quiz.StartedAt >= since)
            {
                var answers = await store.GetChannelAnswersAsync(quiz.Id, cancellationToken).ConfigureAwait(false);
                quizzes.Add(new QuizAnswers(quiz, [.. answers.Where(quiz.Counts)]));
            }
        }

        var results = await store.GetTrainingResultsSinceAsync(since, cancellationToken).ConfigureAwait(false);
        var allTeams = quizzes.Select(q => q.Quiz.TeamId).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (viewer.Access == DashboardAccess.Trainee)
        {
            var mine = quizzes.Select(q => q with { Answers = [.. q.Answers.Where(a => Same(a.UserAad, viewer.ObjectId))] }).Where(q => q.Answers.Count > 0).ToList();
            var ownResults = results.Where(r => Same(r.UserAad, viewer.ObjectId)).ToList();
            return Rows(mine, ownResults, [], showQuizzes: false);
        }

        var teams = viewer.Access == DashboardAccess.Operator ? allTeams : [.. viewer.Teams];
        var visible = quizzes.Where(q => team is null ? viewer.Access == DashboardAccess.Operator || viewer.SeesTeam(q.Quiz.TeamId) : q.Quiz.TeamId == team).ToList();
        if (viewer.Access == DashboardAccess.Operator && team is null)
        {
            return Rows(visible, results, teams, showQuizzes: true);
        }

        // A trainer's people: whoever was on one of their teams' quiz rosters or answered one of its quizzes.
        var people = visible.SelectMany(q => q.Quiz.Members.Select(m => m.Id).Concat(q.Answers.Select(a => a.UserId))).ToHashSet(StringComparer.Ordinal);
        return Rows(visible, [.. results.Where(r => people.Contains(r.UserId))], teams, showQuizzes: true);
    }

    private static bool Same(string? a, string? b) => a is { Length: > 0 } && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private DashboardRows Rows(IReadOnlyList<QuizAnswers> quizzes, IReadOnlyList<TrainingResult> results, IReadOnlyList<string> teams, bool showQuizzes)
    {
        // A 1:1 result names its question; the bank gives its sources. A channel quiz carries its questions itself.
        var questions = content.Current.Quiz.Questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
        var attempts = new List<Attempt>();
        foreach (var (quiz, answers) in quizzes)
        {
            foreach (var answer in answers.Where(a => a.Question < quiz.Questions.Count))
            {
                var asked = quiz.Questions[answer.Question];
                attempts.Add(new Attempt(
                    answer.UserId, answer.UserName ?? answer.UserId, "channel-quiz", asked.Id, asked.Topic, asked.Sources, answer.Right, answer.Points, answer.AnsweredAt));
            }
        }

        foreach (var result in results.Where(r => r.Kind == TrainingResult.QuizKind))
        {
            var question = questions.GetValueOrDefault(result.ItemId);
            attempts.Add(new Attempt(
                result.UserId, result.UserName ?? result.UserId, "quiz", result.ItemId, result.Topic ?? question?.Topic ?? "?", question?.Sources ?? [],
                result.Passed, 0, result.RecordedAt));
        }

        var rolePlays = results.Where(r => r.Kind == TrainingResult.RolePlayKind)
            .Select(r => new RolePlayAttempt(r.UserId, r.UserName ?? r.UserId, r.ItemId, r.Passed, r.RecordedAt))
            .ToList();
        return new DashboardRows([.. attempts.OrderBy(a => a.At)], rolePlays, showQuizzes ? [.. quizzes.OrderByDescending(q => q.Quiz.StartedAt)] : [], teams);
    }
}
