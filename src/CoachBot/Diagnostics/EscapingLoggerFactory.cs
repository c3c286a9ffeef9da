namespace CoachBot.Diagnostics;

/// <summary>
/// Wraps the host's logger factory so that every logger, the framework's included, escapes control characters in
/// logged values before any provider (console, JSON, debug …) sees the message: one place, not each log call.
/// </summary>
internal sealed class EscapingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new EscapingLogger(inner.CreateLogger(categoryName));

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();
}
