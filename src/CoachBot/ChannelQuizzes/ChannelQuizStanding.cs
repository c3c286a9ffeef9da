using CoachBot.State;

namespace CoachBot.ChannelQuizzes;

/// <summary>One member's place on a channel quiz's leaderboard.</summary>
internal sealed record ChannelQuizStanding(string UserId, string Name, int Points, int Right, int Answered)
{
    /// <summary>
    /// The leaderboard from every answer so far: most points first; on a tie, more right answers, then whoever finished
    /// their answers sooner (Kahoot's speed tie-break), then the name.
    /// </summary>
    public static IReadOnlyList<ChannelQuizStanding> Rank(IEnumerable<ChannelQuizAnswer> answers) =>
        [.. answers
            .GroupBy(a => a.UserId, StringComparer.Ordinal)
            .Select(g => (
                Standing: new ChannelQuizStanding(
                    g.Key,
                    g.OrderBy(a => a.AnsweredAt).Select(a => a.UserName).LastOrDefault(n => n is { Length: > 0 }) ?? g.Key,
                    g.Sum(a => a.Points),
                    g.Count(a => a.Right),
                    g.Count()),
                Last: g.Max(a => a.AnsweredAt)))
            .OrderByDescending(s => s.Standing.Points)
            .ThenByDescending(s => s.Standing.Right)
            .ThenBy(s => s.Last)
            .ThenBy(s => s.Standing.Name, StringComparer.Ordinal)
            .Select(s => s.Standing)];

    /// <summary>Right answers in a row <paramref name="userId"/> gave just before question <paramref name="question"/>; an unanswered question ends a streak.</summary>
    public static int StreakBefore(IEnumerable<ChannelQuizAnswer> answers, string userId, int question)
    {
        var mine = answers.Where(a => a.UserId == userId).ToDictionary(a => a.Question);
        var streak = 0;
        for (var q = question - 1; q >= 0 && mine.TryGetValue(q, out var earlier) && earlier.Right; q--)
        {
            streak++;
        }

        return streak;
    }
}
