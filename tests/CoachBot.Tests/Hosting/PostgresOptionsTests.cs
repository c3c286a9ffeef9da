using CoachBot.Tests.Support;

namespace CoachBot.Tests.Hosting;

/// <summary>
/// PostgreSQL settings a host cannot run with stop it at start-up with the setting named, and never echo the
/// connection string (it carries a password).
/// </summary>
public sealed class PostgresOptionsTests
{
    [Theory]
    [InlineData(null, "State:Postgres:ConnectionString is required with State:Provider=Postgres.")]
    [InlineData("Host=db;Password=s3cret-pw;Bogus Key=1", "State:Postgres:ConnectionString is not a valid connection string")]
    public void Start_PostgresWithoutAUsableConnectionString_RefusedNamingTheSetting(string? connectionString, string named)
    {
        using var host = new BotHost();
        host.Settings["State:Provider"] = "Postgres";
        host.Settings["State:Postgres:ConnectionString"] = connectionString;

        var messages = StartupFailure.Messages(Record.Exception(() => host.CreateClient()));

        Assert.Contains(messages, m => m.Contains(named, StringComparison.Ordinal));
        Assert.DoesNotContain(messages, m => m.Contains("s3cret-pw", StringComparison.Ordinal));
    }

    [Fact]
    public void Start_UnknownProvider_RefusedNamingTheChoices()
    {
        using var host = new BotHost();
        host.Settings["State:Provider"] = "Cosmos";

        var messages = StartupFailure.Messages(Record.Exception(() => host.CreateClient()));

        Assert.Contains(messages, m => m.Contains("State:Provider must be Sqlite, Postgres or InMemory.", StringComparison.Ordinal));
    }
}
