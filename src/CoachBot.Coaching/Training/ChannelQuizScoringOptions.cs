namespace CoachBot.Coaching.Training;

/// <summary>
/// How a channel quiz scores (Kahoot's defaults): up to 1000 points for a right answer given at once, half that at the
/// time limit, and 100 more for each right answer in a row before it, at most 500.
/// </summary>
public sealed record ChannelQuizScoringOptions
{
    public int MaxPoints { get; init; } = 1000;

    public int StreakBonus { get; init; } = 100;

    public int MaxStreakBonus { get; init; } = 500;
}
