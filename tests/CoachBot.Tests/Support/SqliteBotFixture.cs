namespace CoachBot.Tests.Support;

/// <summary>One host per test class over its own SQLite file; each test uses its own conversation.</summary>
public sealed class SqliteBotFixture : IDisposable
{
    private readonly TempDirectory _directory = new();

    public SqliteBotFixture() => Host = BotHost.Sqlite(DatabasePath);

    public string DatabasePath => _directory.File("coachbot.db");

    public BotHost Host { get; }

    public void Dispose()
    {
        Host.Dispose();
        _directory.Dispose();
    }
}
