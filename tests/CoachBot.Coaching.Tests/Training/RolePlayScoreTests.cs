using CoachBot.Coaching.Training;

namespace CoachBot.Coaching.Tests.Training;

public sealed class RolePlayScoreTests
{
    private static readonly RolePlayCheck Check = new("c", new Dialogs.LocalizedText("c", "c", "c", "c"), ["H-12"], CheckExpectation.Present, false, new Dictionary<string, IReadOnlyList<string>>());

    private static List<CheckResult> Results(int passed, int failed) =>
        [.. Enumerable.Repeat(new CheckResult(Check, true, null, false), passed), .. Enumerable.Repeat(new CheckResult(Check, false, null, false), failed)];

    [Theory]
    [InlineData(4, 1, 80, true, 80)]
    [InlineData(3, 1, 80, false, 75)]
    [InlineData(5, 0, 80, true, 100)]
    [InlineData(2, 1, 67, false, 67)]
    [InlineData(2, 1, 66, true, 67)]
    [InlineData(0, 3, 80, false, 0)]
    public void Of_Results_ShareAgainstThePassMark(int passed, int failed, int passMark, bool expected, int percent)
    {
        var score = RolePlayScore.Of(Results(passed, failed), passMark);

        Assert.Equal((passed, passed + failed, expected, percent), (score.ChecksPassed, score.ChecksTotal, score.Passed, score.Percent));
    }

    [Fact]
    public void Of_NothingGraded_DoesNotPass()
    {
        var score = RolePlayScore.Of([]);

        Assert.Equal((0, 0d, false, RolePlayScore.DefaultPassMark), (score.ChecksTotal, score.Share, score.Passed, score.PassMark));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void Of_PassMarkOutsideAPercentage_Throws(int passMark) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RolePlayScore.Of([], passMark));
}
