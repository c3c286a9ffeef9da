using CoachBot.Tests.Support;

namespace CoachBot.Tests.State;

/// <summary>
/// Every table the SQLite and PostgreSQL stores create has a stated rule for "forget my data" and for retention. A table added
/// later fails here until someone decides its rule, adds it to <c>DeleteUserDataAsync</c> and the retention pass,
/// and writes it down below; the forget and retention tests already search every column of every table.
/// </summary>
public sealed class UserDataCoverageTests
{
    private static readonly Dictionary<string, string> Rules = new(StringComparer.Ordinal)
    {
        ["dialog_state"] = "forget: the user's rows, in every conversation; retention: untouched for StateRetentionDays",
        ["processed_activity"] = "forget: the answers to the user's turns are cleared (the row stays, so a redelivery repeats nothing); retention: twice the redelivery window",
        ["outbox"] = "forget: the user's items, except a waiting escalation, which stays unlinked; retention: delivered ones after DeliveredOutboxRetentionMinutes, any at its own expiry",
        ["record"] = "forget: records owned by the user or under user:{id}:, except an open escalation, which stays without the staffer's name and owner; retention: at their expiry (an escalation StateRetentionDays after its last change)",
        ["training_result"] = "forget: the user's quiz answers; retention: TrainingRetentionDays after the answer; kept when the bot is removed from a team (they are the trainee's)",
        ["channel_quiz_answer"] = "forget: the member's answers; retention: TrainingRetentionDays after the answer",
        ["conversation"] = "kept: the chat's address (no user text, and after a forget no name: the user's id only), needed to reach the user with news of an escalation; deleted when the bot is removed",
    };

    [Fact]
    public async Task Schema_EveryTable_HasAForgetAndRetentionRule()
    {
        using var directory = new TempDirectory();
        var path = directory.File("coverage.db");
        using (var host = BotHost.Sqlite(path))
        {
            host.CreateClient().Dispose();
        }

        var tables = await StoredCopies.TablesAsync(path);

        var missing = tables.Except(Rules.Keys).ToList();
        Assert.True(missing.Count == 0, $"No forget / retention rule for table(s) {string.Join(", ", missing)}: handle them in DeleteUserDataAsync and StateRetention, then add them here.");
        Assert.Equal(Rules.Keys.Order(StringComparer.Ordinal), tables.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PostgresSchema_EveryTable_HasAForgetAndRetentionRule()
    {
        var database = await PostgresServer.CreateDatabaseAsync();
        using (var host = BotHost.Postgres(database))
        {
            host.CreateClient().Dispose();
        }

        await using var dataSource = Npgsql.NpgsqlDataSource.Create(database);
        await using var command = dataSource.CreateCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        // schema_migration holds the schema's version and when each step ran: nobody's data.
        Assert.Equal(Rules.Keys.Append("schema_migration").Order(StringComparer.Ordinal), tables.Order(StringComparer.Ordinal));
    }
}
