using Microsoft.Data.Sqlite;

namespace CoachBot.State.Sqlite;

/// <summary>Fluent parameter binding that maps null to DBNull.</summary>
internal static class SqliteParameterExtensions
{
    public static SqliteParameterCollection With(this SqliteParameterCollection parameters, string name, object? value)
    {
        parameters.AddWithValue(name, value ?? DBNull.Value);
        return parameters;
    }
}
