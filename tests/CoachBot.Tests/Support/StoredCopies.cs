using System.Text;
using Microsoft.Data.Sqlite;

namespace CoachBot.Tests.Support;

/// <summary>
/// Looks for a string everywhere a SQLite store could keep it: every column of every table that
/// <c>sqlite_master</c> lists (so a table added later is searched without anyone remembering to), and the raw
/// bytes of the database, its WAL and any rollback journal, as UTF-8 and UTF-16 — deleted rows whose bytes
/// linger in free pages or old WAL frames count as copies.
/// </summary>
public static class StoredCopies
{
    private static readonly string[] FileSuffixes = ["", "-wal", "-journal"];

    /// <summary>The tables of the database, as <c>sqlite_master</c> lists them (SQLite's own excepted).</summary>
    public static async Task<IReadOnlyList<string>> TablesAsync(string databasePath)
    {
        using var connection = await OpenAsync(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
        using var reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    /// <summary>Every <c>table.column</c> (with the row's values) in which <paramref name="needle"/> occurs.</summary>
    public static async Task<IReadOnlyList<string>> InTablesAsync(string databasePath, string needle)
    {
        var found = new List<string>();
        using var connection = await OpenAsync(databasePath);
        foreach (var table in await TablesAsync(databasePath))
        {
            foreach (var column in await ColumnsAsync(connection, table))
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"SELECT CAST(\"{column}\" AS TEXT) FROM \"{table}\" WHERE instr(CAST(\"{column}\" AS TEXT), $n) > 0";
                command.Parameters.AddWithValue("$n", needle);
                using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    var value = reader.GetString(0);
                    found.Add($"{table}.{column}: {(value.Length <= 100 ? value : value[..100] + "…")}");
                }
            }
        }

        return found;
    }

    /// <summary>The files (database, WAL, journal) whose raw bytes hold <paramref name="needle"/> in UTF-8 or UTF-16.</summary>
    public static IReadOnlyList<string> InFiles(string databasePath, string needle)
    {
        ArgumentNullException.ThrowIfNull(needle);
        var patterns = new[] { Encoding.UTF8, Encoding.Unicode, Encoding.BigEndianUnicode }.Select(e => (e.WebName, Bytes: e.GetBytes(needle))).ToList();
        var found = new List<string>();
        foreach (var suffix in FileSuffixes)
        {
            var path = databasePath + suffix;
            if (!File.Exists(path))
            {
                continue;
            }

            // Read while the host holds the file open, as a copy of the disk would be read.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var bytes = memory.ToArray();
            found.AddRange(patterns.Where(p => bytes.AsSpan().IndexOf(p.Bytes) >= 0).Select(p => $"{Path.GetFileName(path)} ({p.WebName})"));
        }

        return found;
    }

    /// <summary>The single number <paramref name="sql"/> selects (a count of rows).</summary>
    public static async Task<long> CountAsync(string databasePath, string sql)
    {
        using var connection = await OpenAsync(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<IReadOnlyList<string>> ColumnsAsync(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
        using var reader = await command.ExecuteReaderAsync();
        var columns = new List<string>();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    private static async Task<SqliteConnection> OpenAsync(string databasePath)
    {
        // Not pooled: the test's reader must not stay open beside the host's connections.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }
}
