using Microsoft.Data.Sqlite;

namespace CoachBot.State.Sqlite;

/// <summary>
/// One open connection and its commands, kept per SQL text: a command keeps its prepared statements while its text
/// stays the same, so a statement is compiled once per connection rather than once per use. Used by one thread at a time.
/// </summary>
internal sealed class SqliteCommandCache(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>The command for <paramref name="sql"/>, prepared on first use, with no parameters bound yet.</summary>
    public SqliteCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            _commands.Add(sql, command);
        }

        command.Parameters.Clear();
        return command;
    }

    /// <summary>Runs <paramref name="sql"/> (no parameters) and returns the rows it changed.</summary>
    public int Execute(string sql) => Command(sql).ExecuteNonQuery();

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        connection.Dispose();
    }
}
