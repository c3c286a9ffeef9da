using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CoachBot.Tests.Support;

/// <summary>
/// A logging provider that keeps every entry the host writes (after the host's own filters), rendered as a
/// console would render it: the message, and the exception's full text.
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    /// <summary>Waits (up to <paramref name="polls"/> × 50 ms, 10 s by default) until an entry matches; the entry, or null.</summary>
    public async Task<LogEntry?> WaitForAsync(Func<LogEntry, bool> match, int polls = 200)
    {
        for (var i = 0; i < polls; i++)
        {
            if (Entries.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        return null;
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            capture._entries.Enqueue(new LogEntry(logLevel, category, eventId.Id, formatter(state, exception), exception?.ToString()));
    }
}
