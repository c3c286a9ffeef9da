namespace CoachBot.Tests.Support;

/// <summary>One host per test class with in-memory state; each test uses its own conversation.</summary>
public sealed class InMemoryBotFixture : IDisposable
{
    public BotHost Host { get; } = new();

    public void Dispose() => Host.Dispose();
}
