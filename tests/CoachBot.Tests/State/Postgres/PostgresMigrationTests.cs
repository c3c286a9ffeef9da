using CoachBot.Hosting;
using CoachBot.State.Postgres;
using CoachBot.Tests.Support;
using Npgsql;

namespace CoachBot.Tests.State.Postgres;

/// <summary>
/// The PostgreSQL schema's migrations on a real server (issue 15, point 1): a new database gets every table and the
/// latest version; a second run, or two instances starting at once, apply nothing twice; a database newer than the
/// build is refused with the version named.
/// </summary>
public sealed class PostgresMigrationTests
{
    private static readonly string[] Tables =
        ["channel_quiz_answer", "conversation", "dialog_state", "outbox", "processed_activity", "record", "schema_migration", "training_result"];

    [Fact]
    public async Task Apply_NewDatabase_EveryTableAndTheLatestVersion()
    {
        await using var database = NpgsqlDataSource.Create(await PostgresServer.CreateDatabaseAsync());

        await PostgresMigrations.ApplyAsync(database, TimeProvider.System, default);

        Assert.Equal(Tables, await TablesAsync(database));
        Assert.Equal(Enumerable.Range(1, PostgresMigrations.Latest), await VersionsAsync(database));
    }

    [Fact]
    public async Task Apply_Twice_AppliesNothingTheSecondTime()
    {
        await using var database = NpgsqlDataSource.Create(await PostgresServer.CreateDatabaseAsync());

        await PostgresMigrations.ApplyAsync(database, TimeProvider.System, default);
        await PostgresMigrations.ApplyAsync(database, TimeProvider.System, default);

        Assert.Equal(Enumerable.Range(1, PostgresMigrations.Latest), await VersionsAsync(database));
    }

    [Fact]
    public async Task Apply_ByFourInstancesAtOnce_EachStepOnceAndNoneFails()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync();
        var instances = Enumerable.Range(0, 4).Select(_ => NpgsqlDataSource.Create(connectionString)).ToList();
        try
        {
            await Task.WhenAll(instances.Select(i => PostgresMigrations.ApplyAsync(i, TimeProvider.System, default)));

            Assert.Equal(Tables, await TablesAsync(instances[0]));
            Assert.Equal(Enumerable.Range(1, PostgresMigrations.Latest), await VersionsAsync(instances[0]));
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Apply_DatabaseNewerThanTheBuild_RefusedNamingTheVersions()
    {
        await using var database = NpgsqlDataSource.Create(await PostgresServer.CreateDatabaseAsync());
        await PostgresMigrations.ApplyAsync(database, TimeProvider.System, default);
        await using (var newer = database.CreateCommand($"INSERT INTO schema_migration VALUES ({PostgresMigrations.Latest + 1}, 0)"))
        {
            await newer.ExecuteNonQueryAsync();
        }

        var refused = await Assert.ThrowsAsync<StartupConfigurationException>(() => PostgresMigrations.ApplyAsync(database, TimeProvider.System, default));

        Assert.Contains($"schema version {PostgresMigrations.Latest + 1}; this build knows versions up to {PostgresMigrations.Latest}", refused.Message, StringComparison.Ordinal);
    }

    private static async Task<List<string>> TablesAsync(NpgsqlDataSource database)
    {
        await using var command = database.CreateCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name");
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private static async Task<List<int>> VersionsAsync(NpgsqlDataSource database)
    {
        await using var command = database.CreateCommand("SELECT version FROM schema_migration ORDER BY version");
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new List<int>();
        while (await reader.ReadAsync())
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }
}
