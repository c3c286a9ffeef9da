using CoachBot.Coaching.Training;

namespace CoachBot.Coaching.Tests.Training;

/// <summary>Kahoot-like points for a channel quiz (issue 13): speed, streak, and nothing for a miss.</summary>
public sealed class ChannelQuizScoringTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);
    private static readonly ChannelQuizScoringOptions Defaults = new();

    [Theory]
    [InlineData(0, 1000)]
    [InlineData(10, 750)]
    [InlineData(20, 500)]
    [InlineData(25, 500)]
    [InlineData(-1, 1000)]
    public void Points_ARightAnswer_FromAllToHalfByTheTimeItTook(int seconds, int expected) =>
        Assert.Equal(expected, ChannelQuizScoring.Points(true, TimeSpan.FromSeconds(seconds), Limit, 0, Defaults));

    [Theory]
    [InlineData(1, 1100)]
    [InlineData(4, 1400)]
    [InlineData(5, 1500)]
    [InlineData(9, 1500)]
    public void Points_ARightAnswerAfterAStreak_GetsTheBonusUpToItsCap(int streakBefore, int expected) =>
        Assert.Equal(expected, ChannelQuizScoring.Points(true, TimeSpan.Zero, Limit, streakBefore, Defaults));

    [Fact]
    public void Points_AMissFastAndOnAStreak_NothingAndTheStreakEnds()
    {
        Assert.Equal(0, ChannelQuizScoring.Points(false, TimeSpan.Zero, Limit, 4, Defaults));
        Assert.Equal(0, ChannelQuizScoring.StreakAfter(false, 4));
        Assert.Equal(5, ChannelQuizScoring.StreakAfter(true, 4));
    }

    [Fact]
    public void Points_ConfiguredScoring_IsUsed() =>
        Assert.Equal(600 + 50, ChannelQuizScoring.Points(true, TimeSpan.FromSeconds(10), Limit, 1, new ChannelQuizScoringOptions { MaxPoints = 800, StreakBonus = 50 }));
}
