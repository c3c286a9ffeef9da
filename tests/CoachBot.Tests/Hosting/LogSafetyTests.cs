using System.Text;
using CoachBot.Coaching.Content;
using CoachBot.Dialogs;
using CoachBot.Tests.Support;
using CoachBot.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoachBot.Tests.Hosting;

/// <summary>
/// The log is read by operators on a terminal: whatever a caller controls must not be able to forge lines or
/// send escape sequences there, and what users typed must not reach it through an exception's message.
/// </summary>
public sealed class LogSafetyTests : IDisposable
{
    private readonly LogCapture _logs = new();
    private readonly BotHost _host;

    public LogSafetyTests() => _host = new BotHost
    {
        Replace = services =>
        {
            services.AddSingleton<ILoggerProvider>(_logs);
            services.AddSingleton<ITurnEnricher>(new ThrowingEnricher());
        },
    };

    [Fact]
    public async Task Post_ConversationIdWithControlCharacters_LoggedEscaped()
    {
        var conversationId = $"a:conv-{Guid.NewGuid():N}\r\u001b[2K\u001b[31mfail: forged line\n\u0085\u2028end";
        using var client = new BotClient(_host.CreateClient(), _host.Connector) { ConversationId = conversationId };

        await client.SendAsync("hi");

        var turn = await _logs.WaitForAsync(e => e.EventId == 2001 && e.Message.Contains(conversationId[..39], StringComparison.Ordinal));
        Assert.NotNull(turn);
        Assert.DoesNotContain(turn.Message, c => char.IsControl(c) || c is '\u2028' or '\u2029');
        Assert.Contains(@"\r\u001B[2K\u001B[31mfail: forged line\n\u0085\u2028end", turn.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_DuplicateChannelDataKey_TheKeyNameIsNeverLogged()
    {
        using var client = _host.NewChat();
        var json = client.Message("hello").Set("channelData", "@@RAW@@").ToJson()
            .Replace("\"@@RAW@@\"", """{"tenant":{"id":"tenant-1"},"secretKeyName":1,"secretKeyName":2}""", StringComparison.Ordinal);

        using var response = await client.PostBytesAsync(Encoding.UTF8.GetBytes(json));

        Assert.DoesNotContain(_logs.Entries, e => e.Text.Contains("secretKeyName", StringComparison.Ordinal));
        Assert.True((int)response.StatusCode < 500, $"Got {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Post_TurnCodeThrowsWithUserTextInItsMessage_LogNamesTheTypeButNotTheMessage()
    {
        using var client = _host.NewChat();

        using var response = await client.PostAsync(client.Message("boom: my card is 4111 1111 1111 1111").ToJson());

        var failure = await _logs.WaitForAsync(e => e.Level >= LogLevel.Error);
        Assert.NotNull(failure);
        Assert.Contains(nameof(FormatException), failure.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_logs.Entries, e => e.Text.Contains("4111", StringComparison.Ordinal));
    }

    public void Dispose() => _host.Dispose();

    /// <summary>A bug that puts what the user typed into its exception message, as framework exceptions often do.</summary>
    private sealed class ThrowingEnricher : ITurnEnricher
    {
        public IncomingTurn Enrich(IncomingTurn turn, ContentSet content) =>
            turn.Text?.StartsWith("boom", StringComparison.Ordinal) == true
                ? throw new FormatException($"Could not read '{turn.Text}'.")
                : turn;
    }
}
