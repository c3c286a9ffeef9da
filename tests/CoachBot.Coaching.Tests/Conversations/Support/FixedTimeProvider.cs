namespace CoachBot.Coaching.Tests.Conversations.Support;

/// <summary>A clock stopped at one instant, so season, roster and note dates are known.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
