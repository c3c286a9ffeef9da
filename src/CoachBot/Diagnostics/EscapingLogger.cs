namespace CoachBot.Diagnostics;

/// <summary>A logger that hands every provider the message with unsafe characters in its values escaped (see <see cref="LogText"/>).</summary>
internal sealed class EscapingLogger(ILogger inner) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        inner.Log(logLevel, eventId, state, exception, (s, e) => LogText.Render(s, e, formatter));
    }
}
