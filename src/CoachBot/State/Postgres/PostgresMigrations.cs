using System.Globalization;
using CoachBot.Hosting;
using Npgsql;

namespace CoachBot.State.Postgres;

/// <summary>
/// The PostgreSQL schema, as numbered steps applied at start-up: each step once, in order, recorded in
/// <c>schema_migration</c>. Several instances may start together: the whole run holds a transaction-scoped advisory
/// lock (released at commit, so it also holds behind a transaction pooler), and the second instance finds the steps
/// applied. A database newer than this build is refused rather than misread. Times are Unix milliseconds, as in SQLite.
/// </summary>
internal static class PostgresMigrations
{
    /// <summary>The advisory lock key for migrations: any number no other lock of the bot's uses.</summary>
    private const long MigrationLock = 0x436F616368426F74; // "CoachBot"

    private static readonly string[] Steps =
    [
        // 1: every table the SQLite store has reached by its step 9, in one go: PostgreSQL starts from there.
        PostgresSchema.Baseline,
    ];

    public static int Latest => Steps.Length;

    public static async Task ApplyAsync(NpgsqlDataSource dataSource, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(time);
        var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({MigrationLock.ToString(CultureInfo.InvariantCulture)})", cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, "CREATE TABLE IF NOT EXISTS schema_migration (version integer PRIMARY KEY, applied_at bigint NOT NULL)", cancellationToken).ConfigureAwait(false);
                var found = await VersionAsync(connection, cancellationToken).ConfigureAwait(false);
                if (found > Latest)
                {
                    // Running an older build over a newer schema could write rows the newer build misreads.
                    throw new StartupConfigurationException(
                        $"State:Postgres holds schema version {found}; this build knows versions up to {Latest}. Run the newer build, or restore a backup.");
                }

                for (var version = found; version < Latest; version++)
                {
                    await ExecuteAsync(connection, Steps[version], cancellationToken).ConfigureAwait(false);
                    await using var record = new NpgsqlCommand("INSERT INTO schema_migration (version, applied_at) VALUES ($1, $2)", connection);
                    record.Parameters.Add(new NpgsqlParameter { Value = version + 1 });
                    record.Parameters.Add(new NpgsqlParameter { Value = time.GetUtcNow().ToUnixTimeMilliseconds() });
                    await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The highest step applied; 0 for a new database.</summary>
    public static async Task<int> VersionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_migration", connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
