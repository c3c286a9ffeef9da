using Microsoft.Data.Sqlite;

namespace CoachBot.Tests.Support;

/// <summary>
/// Another connection holding the database's write lock (<c>BEGIN IMMEDIATE</c>), as a second process would: the
/// store's writer cannot begin its next batch until this is disposed, and gives up after its busy timeout. Reads go on.
/// </summary>
public sealed class SqliteWriteLock : IDisposable
{
    private readonly SqliteConnection _connection;

    private SqliteWriteLock(SqliteConnection connection) => _connection = connection;

    public static async Task<SqliteWriteLock> TakeAsync(string databasePath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE";
        await begin.ExecuteNonQueryAsync();
        return new SqliteWriteLock(connection);
    }

    public void Dispose()
    {
        using (var rollback = _connection.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK";
            rollback.ExecuteNonQuery();
        }

        _connection.Dispose();
    }
}
