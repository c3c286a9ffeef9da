using CoachBot.Diagnostics;
using Microsoft.Extensions.Logging;

namespace CoachBot.Tests.Diagnostics;

public sealed partial class LogTextTests
{
    [Theory]
    [InlineData("a:conv-1\r\nfail: forged", @"a:conv-1\r\nfail: forged")]
    [InlineData("\u001b[31mred\u001b[0m", @"\u001B[31mred\u001B[0m")]
    [InlineData("tab\there", @"tab\there")]
    [InlineData("nul\0 del\u007f c1\u0085 ls\u2028 rlo\u202e", @"nul\u0000 del\u007F c1\u0085 ls\u2028 rlo\u202E")]
    [InlineData("Khách 客人 👨‍👩‍👧 a\\b", "Khách 客人 👨‍👩‍👧 a\\b")]
    public void Escape_CallerControlledText_ControlCharactersWrittenAsEscapes(string text, string expected) =>
        Assert.Equal(expected, LogText.Escape(text));

    [Fact]
    public void Escape_UnpairedSurrogate_WrittenAsEscape() =>
        Assert.Equal(@"a\uD800b", LogText.Escape($"a{(char)0xD800}b"));

    [Fact]
    public void Render_GeneratedLogMessage_EscapesTheValuesKeepsFormatsAndTheTemplate()
    {
        var logger = new LastMessage();

        LogTurn(logger, "a:x\r\u001b[2K", 3.14159, new DateTimeOffset(2025, 1, 15, 8, 30, 0, TimeSpan.Zero), null);

        Assert.Equal(@"Turn in a:x\r\u001B[2K took 3.1 ms at 2025-01-15T08:30:00.0000000+00:00 by (null) {literal}", logger.Message);
    }

    [Fact]
    public void Render_CleanValues_SameTextAsTheFormatter()
    {
        var logger = new LastMessage();

        LogTurn(logger, "a:conv-1", 2, DateTimeOffset.UnixEpoch, "29:user");

        Assert.Equal("Turn in a:conv-1 took 2.0 ms at 1970-01-01T00:00:00.0000000+00:00 by 29:user {literal}", logger.Message);
    }

    [Fact]
    public void Render_ExtensionMethodWithTemplate_EscapesValuesKeepsAlignment()
    {
        var logger = new LastMessage();
#pragma warning disable CA1848, CA2254, CA1873 // The point is the framework's own formatter, not a generated one.
        logger.LogInformation("[{Id,-6}] {Items} {Name}", "a\nb", new[] { "x\ry", "z" }, 7);
#pragma warning restore CA1848, CA2254, CA1873

        Assert.Equal(@"[a\nb  ] x\ry, z 7", logger.Message);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Turn in {ConversationId} took {ElapsedMs:0.0} ms at {At:o} by {UserId} {{literal}}")]
    private static partial void LogTurn(ILogger logger, string conversationId, double elapsedMs, DateTimeOffset at, string? userId);

    /// <summary>A logger that keeps the last message exactly as <see cref="EscapingLogger"/> hands it to providers.</summary>
    private sealed class LastMessage : ILogger
    {
        private readonly EscapingLogger _escaping;

        public LastMessage() => _escaping = new EscapingLogger(new Sink(this));

        public string? Message { get; private set; }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _escaping.Log(logLevel, eventId, state, exception, formatter);

        private sealed class Sink(LastMessage owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Message = formatter(state, exception);
        }
    }
}
