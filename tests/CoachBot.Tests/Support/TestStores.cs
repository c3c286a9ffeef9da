using CoachBot.State;
using CoachBot.State.Postgres;
using CoachBot.State.Sqlite;
using Microsoft.Extensions.Options;

namespace CoachBot.Tests.Support;

/// <summary>Every state store, initialised, for tests that must hold for each of them (PostgreSQL on a real server).</summary>
public static class TestStores
{
    public static TheoryData<string> Providers => ["InMemory", "Sqlite", "Postgres"];

    public static async Task<IStateStore> CreateAsync(string provider, TempDirectory directory, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(directory);
        IStateStore store = provider switch
        {
            "Sqlite" => new SqliteStateStore(Options.Create(new SqliteStateOptions { Path = directory.File("state.db") }), time),
            "Postgres" => new PostgresStateStore(await PostgresServer.CreateDatabaseAsync(), time),
            _ => new InMemoryStateStore(time),
        };
        await store.InitializeAsync(default);
        return directory.Own(store);
    }
}
