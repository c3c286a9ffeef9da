using System.Diagnostics;
using System.Net;
using CoachBot.Protocol.Authentication;
using CoachBot.Protocol.Connector;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Protocol.Tests.TestSupport;

/// <summary>A ConnectorClient and BotTokenProvider over one recording fake HTTP handler and a fake clock.</summary>
internal sealed class ConnectorFixture : IDisposable
{
    public const string TokenEndpoint = "https://login.test/" + AuthTestData.TenantId + "/oauth2/v2.0/token";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    private BotTokenProvider? _tokens;
    private int _tokenCount;

    public ConnectorFixture()
    {
        Handler = new FakeHttpHandler(Clock);
        Handler.Route(TokenEndpoint, () => FakeHttpHandler.Json(HttpStatusCode.OK,
            $$"""{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"token-{{Interlocked.Increment(ref _tokenCount)}}"}"""));
        Trusted.Add(ServiceUrl);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public FakeHttpHandler Handler { get; }

    public TrustedServiceUrls Trusted { get; } = new();

    public BotAuthenticationOptions AuthOptions { get; } = new()
    {
        MicrosoftAppId = AuthTestData.AppId,
        MicrosoftAppPassword = "s3cret&=+",
        MicrosoftAppTenantId = AuthTestData.TenantId,
        TokenEndpoint = "https://login.test/{tenant}/oauth2/v2.0/token",
    };

    public ConnectorOptions ConnectorOptions { get; } = new();

    public BotTokenProvider Tokens => _tokens ??= new BotTokenProvider(
        Options.Create(AuthOptions), new FakeHttpClientFactory(Handler), Clock, NullLogger<BotTokenProvider>.Instance);

    public ConnectorClient CreateClient() => new(
        new HttpClient(Handler, disposeHandler: false),
        Tokens,
        Trusted,
        Options.Create(ConnectorOptions),
        Clock,
        NullLogger<ConnectorClient>.Instance);

    public IReadOnlyList<RecordedRequest> ConnectorRequests =>
        Handler.Requests.Where(r => r.Uri.AbsoluteUri != TokenEndpoint).ToList();

    public int TokenRequests => Handler.CountTo(TokenEndpoint);

    /// <summary>Moves the fake clock in small steps until <paramref name="task"/> ends, so retry delays elapse.</summary>
    public async Task<T> RunAsync<T>(Task<T> task)
    {
        var guard = Stopwatch.StartNew();
        while (!task.IsCompleted)
        {
            Assert.True(guard.Elapsed < TimeSpan.FromSeconds(20), "the call never finished");
            await Task.Delay(2);
            Clock.Advance(TimeSpan.FromMilliseconds(250));
        }

        return await task;
    }

    public Task RunAsync(Task task) => RunAsync(AsValueTask(task));

    private static async Task<int> AsValueTask(Task task)
    {
        await task;
        return 0;
    }

    public void Dispose()
    {
        _tokens?.Dispose();
        Handler.Dispose();
    }
}
