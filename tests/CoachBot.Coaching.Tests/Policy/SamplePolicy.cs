using CoachBot.Coaching.Policy;

namespace CoachBot.Coaching.Tests.Policy;

/// <summary>The shipped sample policy, loaded once per test class.</summary>
public sealed class SamplePolicy
{
    public HotelPolicy Policy { get; } = PolicyLoader.LoadOrThrowAsync(PolicyLoader.SampleFile, CancellationToken.None).GetAwaiter().GetResult();
}
