using Microsoft.Extensions.Logging;

namespace CoachBot.Protocol.Tests.TestSupport;

/// <summary>Keeps every log event (id, level, formatted message) so a test can read what an operator would.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly List<(EventId Id, LogLevel Level, string Message)> _events = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<(EventId Id, LogLevel Level, string Message)> Events
    {
        get
        {
            lock (_lock)
            {
                return [.. _events];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        lock (_lock)
        {
            _events.Add((eventId, logLevel, formatter(state, exception)));
        }
    }
}
