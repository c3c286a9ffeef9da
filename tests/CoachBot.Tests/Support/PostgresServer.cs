using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace CoachBot.Tests.Support;

/// <summary>
/// A real PostgreSQL server for the tests, started once per test run: a throwaway cluster (initdb in a temporary
/// folder, trust authentication, loopback only, no fsync) on a free port, stopped when the run ends; or, with
/// <c>COACHBOT_TEST_POSTGRES</c> set to a connection string, that server. Each test gets a database of its own.
/// Nothing is mocked: without PostgreSQL installed the tests fail saying how to install it (<c>.ci/run</c> does).
/// </summary>
public static class PostgresServer
{
    public const string Variable = "COACHBOT_TEST_POSTGRES";

    private static readonly Lazy<Task<string>> Server = new(StartAsync);

    /// <summary>A new, empty database on the server; its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var admin = await Server.Value;
        var name = $"coachbot_test_{Guid.NewGuid():N}";
        await using (var dataSource = NpgsqlDataSource.Create(admin))
        await using (var command = dataSource.CreateCommand($"CREATE DATABASE {name}"))
        {
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    private static async Task<string> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given)
        {
            return given;
        }

        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).Order().LastOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException($"PostgreSQL is not installed: apt-get install -y postgresql (.ci/run does), or set {Variable} to a server's connection string.");
        }

        var folder = Path.Combine(Path.GetTempPath(), $"coachbot-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var data = Path.Combine(folder, "data");
        var port = FreePort();

        // initdb and postgres refuse to run as root: as root, the cluster is the postgres user's.
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await RunAsync("chown", ["postgres:postgres", folder]);
        }

        await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"], asRoot);
        await RunAsync(
            Path.Combine(bin, "pg_ctl"),
            ["-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o", $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200", "start"],
            asRoot);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            // One shell does both, so the folder goes even when the test host exits before it could delete it itself.
            var stop = $"{(asRoot ? "runuser -u postgres -- " : string.Empty)}'{Path.Combine(bin, "pg_ctl")}' -D '{data}' -m immediate stop; rm -rf '{folder}'";
            using var process = Process.Start(new ProcessStartInfo("sh", ["-c", stop]) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true });
            process?.WaitForExit(10_000);
        };

        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true;Timeout=15";
    }

    private static async Task RunAsync(string file, string[] arguments, bool asPostgres = false)
    {
        using var process = Process.Start(Command(file, arguments, asPostgres)) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await error}");
        }
    }

    private static ProcessStartInfo Command(string file, string[] arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asPostgres)
        {
            foreach (var word in new[] { "-u", "postgres", "--", file })
            {
                start.ArgumentList.Add(word);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
