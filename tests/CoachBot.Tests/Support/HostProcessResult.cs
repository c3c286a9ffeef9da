namespace CoachBot.Tests.Support;

/// <summary>How a host process ended: its exit code and everything it wrote.</summary>
public sealed record HostProcessResult(int ExitCode, string Output, string Error)
{
    /// <summary>The non-empty lines of standard error.</summary>
    public IReadOnlyList<string> ErrorLines =>
        Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit code {ExitCode}{Environment.NewLine}stderr:{Environment.NewLine}{Error}{Environment.NewLine}stdout:{Environment.NewLine}{Output}";
}
