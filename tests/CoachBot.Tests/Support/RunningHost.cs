using System.Diagnostics;
using System.Text.RegularExpressions;

namespace CoachBot.Tests.Support;

/// <summary>
/// The built host (<c>dotnet CoachBot.dll</c>) running as a real process in Development (anonymous on loopback), on a
/// free loopback port, with the given settings as environment variables and none of the runner's own. It can be killed
/// as <c>kill -9</c> would (<see cref="Process.Kill()"/> sends SIGKILL on Unix); disposing kills it too.
/// </summary>
public sealed partial class RunningHost : IDisposable
{
    private static readonly string[] SettingPrefixes = ["Bot__", "CoachBot__", "Coaching__", "State__", "Escalations__", "Roles__", "Content__"];

    private readonly Process _process;

    private RunningHost(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    /// <summary>Where the host listens, as the "Now listening on" line gave it.</summary>
    public Uri Address { get; }

    public static async Task<RunningHost> StartAsync(IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CoachBot.dll"));
        foreach (var key in start.Environment.Keys.Where(k => SettingPrefixes.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The host process did not start.");
        try
        {
            _ = process.StandardError.ReadToEndAsync(cancellationToken);
            while (await process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
            {
                if (Listening().Match(line) is { Success: true } match)
                {
                    // Keep reading, so a full pipe never blocks the host's logging.
                    _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                    return new RunningHost(process, new Uri(match.Groups[1].Value));
                }
            }

            throw new InvalidOperationException($"The host exited before it listened (exit code {process.ExitCode}).");
        }
        catch
        {
            Stop(process);
            process.Dispose();
            throw;
        }
    }

    /// <summary>SIGKILL: no shutdown, no flush, no disposal; only what reached the file survives.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    public void Dispose()
    {
        Stop(_process);
        _process.Dispose();
    }

    private static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex Listening();
}
