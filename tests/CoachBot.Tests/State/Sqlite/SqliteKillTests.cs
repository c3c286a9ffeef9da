using System.Net.Http.Headers;
using System.Text;
using CoachBot.Tests.Support;

namespace CoachBot.Tests.State.Sqlite;

/// <summary>
/// A turn answered 200 is on disk: the real host, killed with SIGKILL right after the answer (no shutdown, no flush),
/// has that turn's state and recorded answer when it starts again on the same file. Runs alone: two host starts.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class SqliteKillTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task Process_HostKilledRightAfterA200_TheTurnIsThereOnRestart()
    {
        using var limit = new CancellationTokenSource(Bound);
        var conversation = $"a:conv-kill-{Guid.NewGuid():N}";
        var hi = ActivityJson.Message("hi").From("29:user-kim", "Kim").ExpectingReplies();
        hi.Node["conversation"]!["id"] = conversation;

        string first;
        using (var host = await StartAsync(limit.Token))
        {
            first = await PostAsync(host, hi.ToJson(), limit.Token);
            await host.KillAsync();
        }

        Assert.Contains("Hi! What's your name?", first, StringComparison.Ordinal);
        Assert.Equal(1L, await StoredCopies.CountAsync(DatabasePath, "SELECT count(*) FROM dialog_state"));

        using var restarted = await StartAsync(limit.Token);
        var redelivered = await PostAsync(restarted, hi.ToJson(), limit.Token);
        var name = ActivityJson.Message("Kim").From("29:user-kim", "Kim").ExpectingReplies();
        name.Node["conversation"]!["id"] = conversation;
        var next = await PostAsync(restarted, name.ToJson(), limit.Token);

        // The recorded answer is replayed as it was, and the dialog goes on from the state the killed host stored.
        Assert.Equal(first, redelivered);
        Assert.Contains("Which team are you on?", next, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Dispose();

    private string DatabasePath => _directory.File("killed.db");

    private Task<RunningHost> StartAsync(CancellationToken cancellationToken) =>
        RunningHost.StartAsync(
            new Dictionary<string, string>
            {
                ["State__Provider"] = "Sqlite",
                ["State__Sqlite__Path"] = DatabasePath,
                ["Coaching__RootDialog"] = "demo",
                ["Content__Reload__Enabled"] = "false",
            },
            cancellationToken);

    private static async Task<string> PostAsync(RunningHost host, string json, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler();
        using var http = new HttpClient(handler) { BaseAddress = host.Address };
        using var content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        using var response = await http.PostAsync(BotClient.Endpoint, content, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return body;
    }
}
