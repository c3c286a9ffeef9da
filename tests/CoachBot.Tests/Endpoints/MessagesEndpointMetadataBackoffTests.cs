using System.Net;
using CoachBot.Protocol;
using CoachBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Endpoints;

/// <summary>
/// While the Entra OpenID metadata cannot be fetched, requests with Entra tokens get 503 with a Retry-After,
/// and the metadata is fetched once per back-off period, not once per request.
/// </summary>
public sealed class MessagesEndpointMetadataBackoffTests : IDisposable
{
    private readonly FakeIdentity _identity = new();
    private readonly MetadataOutage _outage;
    private readonly FakeTimeProvider _clock = new(TimeProvider.System.GetUtcNow());
    private readonly BotHost _host;

    public MessagesEndpointMetadataBackoffTests()
    {
        _outage = new MetadataOutage(_identity) { Down = true };
        _host = new BotHost();
        foreach (var (key, value) in _identity.Settings)
        {
            _host.Settings[key] = value;
        }

        _host.Replace = services =>
        {
            services.AddHttpClient(ProtocolHttpClients.OpenIdMetadata).ConfigurePrimaryHttpMessageHandler(() => _outage);
            services.AddHttpClient(ProtocolHttpClients.Token).ConfigurePrimaryHttpMessageHandler(() => _identity);
            services.AddSingleton<TimeProvider>(_clock);
        };
    }

    [Fact]
    public async Task Post_EntraMetadataDown_FetchedOnceAndEveryRequestGets503WithRetryAfter()
    {
        using var client = _host.NewChat();

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => PostAsync(client))));
        var sequential = new List<(HttpStatusCode Status, TimeSpan? RetryAfter)>();
        for (var i = 0; i < 8; i++)
        {
            sequential.Add(await PostAsync(client));
        }

        var all = concurrent.Concat(sequential).ToList();
        Assert.All(all, r => Assert.Equal(HttpStatusCode.ServiceUnavailable, r.Status));
        Assert.All(all, r => Assert.True(r.RetryAfter > TimeSpan.Zero, $"Retry-After was {r.RetryAfter}"));
        Assert.Equal(1, _outage.EntraMetadataRequests);
    }

    [Fact]
    public async Task Post_EntraMetadataDown_FetchesAgainOnlyWhenRetryAfterHasPassedThenRecovers()
    {
        using var client = _host.NewChat();
        var first = await PostAsync(client);
        var retryAfter = first.RetryAfter ?? throw new InvalidOperationException("The first 503 has no Retry-After.");

        _clock.Advance(retryAfter - TimeSpan.FromSeconds(1));
        var early = await PostAsync(client);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, early.Status);
        Assert.Equal(TimeSpan.FromSeconds(1), early.RetryAfter);
        Assert.Equal(1, _outage.EntraMetadataRequests);

        _clock.Advance(TimeSpan.FromSeconds(1));
        var second = await PostAsync(client);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.Status);
        Assert.Equal(2, _outage.EntraMetadataRequests);
        Assert.True(second.RetryAfter > retryAfter, $"The back-off did not grow: {retryAfter}, then {second.RetryAfter}");

        _outage.Down = false;
        _clock.Advance(second.RetryAfter!.Value);
        var recovered = await PostAsync(client);
        var after = await PostAsync(client);

        Assert.Equal(HttpStatusCode.OK, recovered.Status);
        Assert.Equal(HttpStatusCode.OK, after.Status);
        Assert.Equal(3, _outage.EntraMetadataRequests);
    }

    public void Dispose()
    {
        _host.Dispose();
        _outage.Dispose();
        _identity.Dispose();
    }

    private async Task<(HttpStatusCode Status, TimeSpan? RetryAfter)> PostAsync(BotClient client)
    {
        using var response = await client.PostAsync(client.Message("hi").ToJson(), bearerToken: _identity.EntraToken());
        return (response.StatusCode, response.Headers.RetryAfter?.Delta);
    }
}
