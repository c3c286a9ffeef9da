using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CoachBot.Tests.Support;

/// <summary>
/// A logging provider for long runs: renders every message (so formatting runs as it would for the console),
/// counts entries per level and keeps only a few error entries, so memory stays flat however much is logged.
/// </summary>
public sealed class LogCounter : ILoggerProvider
{
    private const int KeptErrors = 10;

    private readonly ConcurrentDictionary<LogLevel, int> _counts = new();
    private readonly ConcurrentQueue<LogEntry> _errors = new();

    public IReadOnlyDictionary<LogLevel, int> Counts => _counts;

    public int ErrorCount => _counts.GetValueOrDefault(LogLevel.Error) + _counts.GetValueOrDefault(LogLevel.Critical);

    /// <summary>The first few entries at Error or above.</summary>
    public IReadOnlyList<LogEntry> Errors => [.. _errors];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCounter counter, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            counter._counts.AddOrUpdate(logLevel, 1, (_, n) => n + 1);
            if (logLevel >= LogLevel.Error && counter._errors.Count < KeptErrors)
            {
                counter._errors.Enqueue(new LogEntry(logLevel, category, eventId.Id, message, exception?.ToString()));
            }
        }
    }
}
