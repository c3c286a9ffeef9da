using Microsoft.Extensions.Logging;

namespace CoachBot.Tests.Support;

/// <summary>One captured log entry.</summary>
public sealed record LogEntry(LogLevel Level, string Category, int EventId, string Message, string? Exception)
{
    /// <summary>Everything a reader of the log would see of this entry.</summary>
    public string Text => Exception is null ? Message : $"{Message}\n{Exception}";

    public override string ToString() => $"{Level} {Category}[{EventId}] {Text}";
}
