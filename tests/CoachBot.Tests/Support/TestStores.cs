using CoachBot.State;
using CoachBot.State.Sqlite;
using Microsoft.Extensions.Options;

namespace CoachBot.Tests.Support;

/// <summary>Both state stores, initialised, for tests that must hold for each of them.</summary>
public static class TestStores
{
    public static TheoryData<string> Providers => ["InMemory", "Sqlite"];

    public static async Task<IStateStore> CreateAsync(string provider, TempDirectory directory, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(directory);
        IStateStore store = provider == "Sqlite"
            ? new SqliteStateStore(Options.Create(new SqliteStateOptions { Path = directory.File("state.db") }), time)
            : new InMemoryStateStore(time);
        await store.InitializeAsync(default);
        return directory.Own(store);
    }
}
