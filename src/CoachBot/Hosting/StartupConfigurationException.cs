namespace CoachBot.Hosting;

/// <summary>
/// The configuration stops the host from starting: every problem found, each once, as one line that names
/// the setting or file to fix.
/// </summary>
public sealed class StartupConfigurationException : Exception
{
    public StartupConfigurationException()
        : this([])
    {
    }

    public StartupConfigurationException(string message)
        : this([message])
    {
    }

    public StartupConfigurationException(string message, Exception innerException)
        : this([message], innerException)
    {
    }

    public StartupConfigurationException(IEnumerable<string> errors, Exception? innerException = null)
        : this(OneLineEach(errors), innerException)
    {
    }

    private StartupConfigurationException(IReadOnlyList<string> errors, Exception? innerException)
        : base(Describe(errors), innerException) => Errors = errors;

    public IReadOnlyList<string> Errors { get; }

    // A message with a line break would read as two problems, or hide the second line in a log.
    private static List<string> OneLineEach(IEnumerable<string> errors) =>
    [
        .. (errors ?? [])
            .Select(e => string.Join(' ', e.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            .Where(e => e.Length > 0)
            .Distinct(StringComparer.Ordinal),
    ];

    private static string Describe(IReadOnlyList<string> errors) =>
        $"{errors.Count} configuration error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}";
}
