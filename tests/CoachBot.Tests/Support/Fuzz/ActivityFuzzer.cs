namespace CoachBot.Tests.Support.Fuzz;

/// <summary>
/// Makes the scripts of a fuzz run from one seed: script <c>i</c> is the same for the same seed whatever order the
/// scripts run in, so a failure found with a seed can be found again with it.
/// </summary>
public sealed class ActivityFuzzer(int seed)
{
    public int Seed => seed;

    public FuzzScript Script(int index) => new(index, new Random(HashCode.Combine(seed, index)));
}
