using Microsoft.Data.Sqlite;

namespace CoachBot.State.Sqlite;

/// <summary>Opens the store's connections: the one writer and the readers, each with the settings it needs.</summary>
internal sealed class SqliteConnections(SqliteStateOptions options)
{
    /// <summary>The database file, as an absolute path (SQLite resolves a relative one against the working directory too).</summary>
    public string Path { get; } = System.IO.Path.GetFullPath(options.Path);

    /// <summary>
    /// The writer: WAL, the configured synchronous level, and <c>secure_delete</c> so deleted and overwritten rows are
    /// zeroed rather than left in free pages. Only the first open may create the file: a file that disappears while
    /// running is reported as unavailable, never silently replaced by an empty one.
    /// </summary>
    public SqliteConnection OpenWriter(bool create)
    {
        var connection = Open(create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite);
        using var command = connection.CreateCommand();
        var synchronous = options.Synchronous.Equals("Full", StringComparison.OrdinalIgnoreCase) ? "FULL" : "NORMAL";
        command.CommandText = $"PRAGMA journal_mode = WAL; PRAGMA synchronous = {synchronous}; PRAGMA secure_delete = ON;";
        command.ExecuteNonQuery();
        return connection;
    }

    /// <summary>A reader: it can never write, so it never competes with the writer for the lock.</summary>
    public SqliteConnection OpenReader()
    {
        var connection = Open(SqliteOpenMode.ReadWrite);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA query_only = ON";
        command.ExecuteNonQuery();
        return connection;
    }

    /// <summary>
    /// An open connection keeps using a database file that was deleted underneath it, so the store would acknowledge
    /// turns no restart will ever see; one stat per use turns that into the honest "try again".
    /// </summary>
    public void EnsureFileExists()
    {
        if (!File.Exists(Path))
        {
            throw new StateStoreUnavailableException("The SQLite database file is gone.");
        }
    }

    private SqliteConnection Open(SqliteOpenMode mode)
    {
        // Not pooled: the store holds its connections itself, for as long as it runs.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = mode,
            DefaultTimeout = options.BusyTimeoutSeconds,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
