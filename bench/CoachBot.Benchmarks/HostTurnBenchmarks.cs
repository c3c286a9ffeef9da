using System.Text;
using BenchmarkDotNet.Attributes;
using CoachBot.Evaluation;

namespace CoachBot.Benchmarks;

/// <summary>
/// The whole host around a coaching turn, in process (the test server, no sockets): the load bench's 4-turn
/// conversation (greeting, a discount ask with its own rate, a lost-bag complaint, an answer) posted to
/// <c>/api/messages</c> with expectReplies, in-memory state. Beside <see cref="CoachingTurnBenchmarks"/> it shows
/// what the host adds to a turn in time and, above all, in garbage.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class HostTurnBenchmarks
{
    private HostTurns _turns = null!;

    [GlobalSetup]
    public void Setup() => _turns = HostTurns.Start();

    [GlobalCleanup]
    public void Cleanup() => _turns.Dispose();

    /// <summary>Four turns on a new conversation; divide by four for one turn.</summary>
    [Benchmark]
    public Task<int> FourTurnConversation() => _turns.ConversationAsync(CancellationToken.None);
}

/// <summary>The host in process with in-memory state, and the load bench's conversation posted to it.</summary>
public sealed class HostTurns : IDisposable
{
    private static readonly string[] Texts = ["hi", "Rate is {0}, the guest wants 30% off", "The guest says we lost his bag and he is furious", "he wants compensation"];

    private readonly IDisposable _host;
    private readonly HttpClient _client;
    private int _conversations;
    private int _activities;

    private HostTurns(IDisposable host, HttpClient client)
    {
        _host = host;
        _client = client;
    }

    public static HostTurns Start()
    {
        var host = new EvaluationHost().WithWebHostBuilder(b => b.UseSetting("State:Provider", "InMemory"));
        return new(host, host.CreateClient());
    }

    /// <summary>Posts the four turns of one new conversation; returns the bytes of the replies.</summary>
    public async Task<int> ConversationAsync(CancellationToken cancellationToken)
    {
        var n = Interlocked.Increment(ref _conversations);
        var bytes = 0;
        foreach (var text in Texts)
        {
            using var content = new StringContent(Activity(n, string.Format(System.Globalization.CultureInfo.InvariantCulture, text, 100 + (n % 400))), Encoding.UTF8, "application/json");
            using var response = await _client.PostAsync(new Uri("/api/messages", UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
            bytes += (await response.EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false)).Length;
        }

        return bytes;
    }

    public void Dispose()
    {
        _client.Dispose();
        _host.Dispose();
    }

    private string Activity(int conversation, string text) => System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["type"] = "message",
        ["id"] = $"bench-{Interlocked.Increment(ref _activities)}",
        ["timestamp"] = TimeProvider.System.GetUtcNow(),
        ["serviceUrl"] = "https://smba.test/amer/",
        ["channelId"] = "msteams",
        ["from"] = new Dictionary<string, string> { ["id"] = EvaluationHost.UserFor("front_desk"), ["aadObjectId"] = EvaluationHost.UserFor("front_desk") },
        ["recipient"] = new Dictionary<string, string> { ["id"] = "28:coachbot-app", ["name"] = "CoachBot" },
        ["conversation"] = new Dictionary<string, string> { ["id"] = $"a:bench-{conversation}", ["conversationType"] = "personal", ["tenantId"] = "tenant-bench" },
        ["locale"] = "en-US",
        ["deliveryMode"] = "expectReplies",
        ["text"] = text,
    });
}
