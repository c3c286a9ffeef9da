using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace CoachBot.Tests.Support;

/// <summary>
/// A real PostgreSQL server for the tests: a throwaway cluster (initdb in a temporary folder, trust authentication,
/// loopback only) on a free port, stopped and deleted when the test run ends. Without fsync a machine crash could lose
/// data, but a commit is written before it returns, so a server killed or stopped at once keeps every commit.
/// <see cref="CreateDatabaseAsync()"/> gives each test a database of its own on one shared cluster (or, with
/// <c>COACHBOT_TEST_POSTGRES</c> set to a connection string, on that server); a fault test starts a cluster of its own
/// that it may stop and start. Nothing is mocked: without PostgreSQL installed the tests fail saying how to install it
/// (<c>.ci/run</c> does).
/// </summary>
public sealed class PostgresServer
{
    public const string Variable = "COACHBOT_TEST_POSTGRES";

    private static readonly Lazy<Task<string>> Shared = new(async () =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given ? given : (await StartAsync()).ConnectionString);

    private readonly string _bin;
    private readonly string _data;
    private readonly string _folder;
    private readonly int _port;
    private readonly bool _asRoot = Environment.UserName == "root";

    private PostgresServer(string bin, string folder, int port)
    {
        _bin = bin;
        _folder = folder;
        _data = Path.Combine(folder, "data");
        _port = port;
    }

    /// <summary>The cluster's administrator connection string (the postgres database).</summary>
    public string ConnectionString => $"Host=127.0.0.1;Port={_port};Username=postgres;Database=postgres;Pooling=true;Timeout=15";

    /// <summary>A new, empty database on the shared server; its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync() => await CreateDatabaseAsync(await Shared.Value);

    /// <summary>A new, empty database on the server of <paramref name="admin"/>; its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string admin)
    {
        var name = $"coachbot_test_{Guid.NewGuid():N}";
        await using (var dataSource = NpgsqlDataSource.Create(admin))
        await using (var command = dataSource.CreateCommand($"CREATE DATABASE {name}"))
        {
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    /// <summary>A cluster of its own, started; stopped and deleted when the test run ends.</summary>
    public static async Task<PostgresServer> StartAsync()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).Order().LastOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException($"PostgreSQL is not installed: apt-get install -y postgresql (.ci/run does), or set {Variable} to a server's connection string.");
        }

        var server = new PostgresServer(bin, Path.Combine(Path.GetTempPath(), $"coachbot-pg-{Guid.NewGuid():N}"), FreePort());
        Directory.CreateDirectory(server._folder);

        // initdb and postgres refuse to run as root: as root, the cluster is the postgres user's.
        if (server._asRoot)
        {
            await RunAsync("chown", ["postgres:postgres", server._folder], asPostgres: false);
        }

        await server.RunAsync("initdb", ["-D", server._data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"]);
        await server.StartAgainAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            // One shell does both, so the folder goes even when the test host exits before it could delete it itself.
            var stop = $"{(server._asRoot ? "runuser -u postgres -- " : string.Empty)}'{Path.Combine(bin, "pg_ctl")}' -D '{server._data}' -m immediate stop; rm -rf '{server._folder}'";
            using var process = Process.Start(new ProcessStartInfo("sh", ["-c", stop]) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true });
            process?.WaitForExit(10_000);
        };

        return server;
    }

    /// <summary>Stops the server at once, as a crash would (no clean shutdown).</summary>
    public Task StopAsync() => RunAsync("pg_ctl", ["-D", _data, "-m", "immediate", "-w", "stop"]);

    /// <summary>Starts the stopped server again, on the same port.</summary>
    public Task StartAgainAsync() => RunAsync(
        "pg_ctl",
        ["-D", _data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60", "-o", $"-p {_port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200", "start"]);

    private Task RunAsync(string tool, string[] arguments) => RunAsync(Path.Combine(_bin, tool), arguments, _asRoot);

    private static async Task RunAsync(string file, string[] arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var word in (asPostgres ? ["-u", "postgres", "--", file] : Array.Empty<string>()).Concat(arguments))
        {
            start.ArgumentList.Add(word);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
