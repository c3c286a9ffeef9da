using Microsoft.Data.Sqlite;

namespace CoachBot.Tests.Support;

/// <summary>A directory of its own under the system temp folder, deleted with everything in it.</summary>
public sealed class TempDirectory : IDisposable
{
    private readonly List<IDisposable> _owned = [];

    public string Path { get; } = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"coachbot-tests-{Guid.NewGuid():N}")).FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Disposes <paramref name="owned"/> (a store holding files here open) before the directory is deleted.</summary>
    public T Own<T>(T owned)
    {
        if (owned is IDisposable disposable)
        {
            _owned.Add(disposable);
        }

        return owned;
    }

    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        // Pooled connections keep the database files open.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
    }
}
