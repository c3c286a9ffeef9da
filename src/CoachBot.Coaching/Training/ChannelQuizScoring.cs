namespace CoachBot.Coaching.Training;

/// <summary>
/// Points for an answer in a channel quiz, as Kahoot scores them: a right answer earns between half and all of
/// <see cref="ChannelQuizScoringOptions.MaxPoints"/>, more the faster it came (all of it at once, half at the time
/// limit), plus a streak bonus for each right answer in a row before it, capped; a wrong answer earns nothing and ends
/// the streak.
/// </summary>
public static class ChannelQuizScoring
{
    /// <param name="right">Whether the answer was the key.</param>
    /// <param name="answeredAfter">How long after the question opened the answer came.</param>
    /// <param name="timeLimit">How long the question is open.</param>
    /// <param name="streakBefore">Right answers in a row by the same member just before this one.</param>
    /// <param name="options">The points and bonuses.</param>
    public static int Points(bool right, TimeSpan answeredAfter, TimeSpan timeLimit, int streakBefore, ChannelQuizScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeLimit, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegative(streakBefore);
        if (!right)
        {
            return 0;
        }

        var share = Math.Clamp(answeredAfter / timeLimit, 0, 1);
        var speed = (int)Math.Round(options.MaxPoints * (1 - (share / 2)), MidpointRounding.AwayFromZero);
        var streak = Math.Min(streakBefore * options.StreakBonus, options.MaxStreakBonus);
        return speed + streak;
    }

    /// <summary>The streak after an answer: one longer when right, none after a miss.</summary>
    public static int StreakAfter(bool right, int streakBefore) => right ? streakBefore + 1 : 0;
}
