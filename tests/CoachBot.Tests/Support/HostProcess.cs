using System.Diagnostics;

namespace CoachBot.Tests.Support;

/// <summary>
/// Runs the built host (<c>CoachBot.dll</c>, copied beside the tests) as a real process, the way an operator
/// starts it, with the given settings as environment variables and none of the runner's own. A process that
/// has not exited within the time limit is killed and the test fails: a start-up check must never hang.
/// </summary>
public static class HostProcess
{
    private static readonly string[] SettingPrefixes = ["Bot__", "CoachBot__", "Coaching__", "State__", "Escalations__", "Roles__"];

    public static async Task<HostProcessResult> RunAsync(IReadOnlyDictionary<string, string> environment, TimeSpan timeLimit)
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
        foreach (var key in start.Environment.Keys.Where(IsSetting).ToList())
        {
            start.Environment.Remove(key);
        }

        // Should the host start after all, it listens on a free loopback port only, and is killed below.
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The host process did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeLimit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"The host was still running after {timeLimit.TotalSeconds} s and was killed. stderr: {await error}");
        }

        return new HostProcessResult(process.ExitCode, await output, await error);
    }

    private static bool IsSetting(string key) =>
        SettingPrefixes.Any(p => key.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
