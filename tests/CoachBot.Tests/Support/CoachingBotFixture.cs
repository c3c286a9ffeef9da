namespace CoachBot.Tests.Support;

/// <summary>A host running the coaching bot (not the demo), with in-memory state.</summary>
public sealed class CoachingBotFixture : IDisposable
{
    public CoachingBotFixture()
    {
        Host.Settings["Coaching:RootDialog"] = "coach";
    }

    public BotHost Host { get; } = new();

    public void Dispose() => Host.Dispose();
}
