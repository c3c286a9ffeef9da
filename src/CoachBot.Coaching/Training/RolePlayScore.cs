namespace CoachBot.Coaching.Training;

/// <summary>The outcome of a role play: the share of checks passed, and whether it reaches the pass mark (a percentage).</summary>
public sealed record RolePlayScore(int ChecksPassed, int ChecksTotal, int PassMark)
{
    /// <summary>The pass mark when the checks file sets none: four checks in five.</summary>
    public const int DefaultPassMark = 80;

    /// <summary>The share of checks passed, 0 to 1 (0 when nothing was graded).</summary>
    public double Share => ChecksTotal == 0 ? 0 : (double)ChecksPassed / ChecksTotal;

    /// <summary>The share as a whole percentage, rounded half away from zero, for display.</summary>
    public int Percent => (int)Math.Round(Share * 100, MidpointRounding.AwayFromZero);

    /// <summary>Whether the share reaches the pass mark; compared in whole numbers, so 4 of 5 is exactly 80 and passes 80.</summary>
    public bool Passed => ChecksTotal > 0 && ChecksPassed * 100 >= PassMark * ChecksTotal;

    /// <summary>The score of every graded check of a role play (each turn's results, in any order).</summary>
    public static RolePlayScore Of(IEnumerable<CheckResult> results, int passMark = DefaultPassMark)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentOutOfRangeException.ThrowIfNegative(passMark);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(passMark, 100);
        var passed = 0;
        var total = 0;
        foreach (var result in results)
        {
            total++;
            passed += result.Passed ? 1 : 0;
        }

        return new RolePlayScore(passed, total, passMark);
    }
}
