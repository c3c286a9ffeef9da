using System.Net;
using CoachBot.Protocol.Authentication;
using CoachBot.Protocol.Tests.TestSupport;
using Microsoft.Extensions.Logging;

namespace CoachBot.Protocol.Tests.Authentication;

/// <summary>A failing key source is fetched once per back-off period, whatever the number of requests.</summary>
public sealed class SigningKeyBackoffTests : IDisposable
{
    private readonly AuthenticatorFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Delay_FailuresInARow_DoublesUpToTheCap()
    {
        var options = new BotAuthenticationOptions
        {
            SigningKeyFetchRetryDelay = TimeSpan.FromSeconds(5),
            SigningKeyFetchMaxRetryDelay = TimeSpan.FromMinutes(2),
        };

        var delays = Enumerable.Range(1, 8).Select(n => SigningKeyFetchFailure.Delay(n, options).TotalSeconds);

        Assert.Equal([5, 10, 20, 40, 80, 120, 120, 120], delays);
    }

    [Fact]
    public async Task AuthenticateAsync_MetadataDown_503WithRetryAfterAndOneWarningNamingSourceErrorAndNextAttempt()
    {
        var key = _fixture.Entra.NewKey("entra-key");
        _fixture.Handler.Route(AuthTestData.EntraMetadataUrl, () => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));

        var results = new List<AuthenticationResult>();
        for (var i = 0; i < 5; i++)
        {
            results.Add(await _fixture.AuthenticateAsync(EntraToken(key)));
        }

        Assert.All(results, r => Assert.Equal(503, r.StatusCode));
        Assert.All(results, r => Assert.Equal(TimeSpan.FromSeconds(5), r.RetryAfter));
        Assert.Equal(1, _fixture.Handler.CountTo(AuthTestData.EntraMetadataUrl));
        var warning = Assert.Single(_fixture.Log.Events, e => e.Id.Id == 1104);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("Entra", warning.Message, StringComparison.Ordinal);
        Assert.Contains(AuthTestData.EntraMetadataUrl, warning.Message, StringComparison.Ordinal);
        Assert.Contains("HTTP 503", warning.Message, StringComparison.Ordinal);
        Assert.Contains("next attempt in 5 s", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthenticateAsync_MetadataBackAfterBackOff_AcceptsAndLogsRecovery()
    {
        var key = _fixture.Entra.NewKey("entra-key");
        var down = true;
        _fixture.Handler.Route(AuthTestData.EntraMetadataUrl, () => down
            ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
            : FakeHttpHandler.Json(HttpStatusCode.OK, $$"""{"issuer":"https://issuer.test","jwks_uri":"{{AuthTestData.EntraJwksUrl}}"}"""));
        await _fixture.AuthenticateAsync(EntraToken(key));

        down = false;
        _fixture.Clock.Advance(TimeSpan.FromSeconds(5));
        var result = await _fixture.AuthenticateAsync(EntraToken(key));

        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal(2, _fixture.Handler.CountTo(AuthTestData.EntraMetadataUrl));
        Assert.Contains(_fixture.Log.Events, e => e.Id.Id == 1106);
    }

    [Fact]
    public async Task AuthenticateAsync_RefreshFailsWithCachedKeys_OldKeysUsedAndNoFetchUntilBackOffPasses()
    {
        var key = _fixture.Channel.NewKey("k1", ["msteams"]);
        await _fixture.AuthenticateAsync("Bearer " + _fixture.Channel.Mint(key));
        _fixture.Handler.Route(AuthTestData.ChannelJwksUrl, () => new HttpResponseMessage(HttpStatusCode.BadGateway));
        _fixture.Clock.Advance(_fixture.Options.SigningKeyRefreshInterval);

        for (var i = 0; i < 5; i++)
        {
            var result = await _fixture.AuthenticateAsync("Bearer " + _fixture.Channel.Mint(key));
            Assert.True(result.Succeeded, result.Reason);
        }

        Assert.Equal(2, _fixture.Handler.CountTo(AuthTestData.ChannelJwksUrl));

        _fixture.Clock.Advance(TimeSpan.FromSeconds(5));
        await _fixture.AuthenticateAsync("Bearer " + _fixture.Channel.Mint(key));

        Assert.Equal(3, _fixture.Handler.CountTo(AuthTestData.ChannelJwksUrl));
    }

    [Fact]
    public async Task AuthenticateAsync_ConcurrentRequestsWhileMetadataDown_OneFetch()
    {
        var key = _fixture.Entra.NewKey("entra-key");
        _fixture.Handler.Route(AuthTestData.EntraMetadataUrl, () => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        var token = EntraToken(key);

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => _fixture.AuthenticateAsync(token))));

        Assert.All(results, r => Assert.Equal(503, r.StatusCode));
        Assert.Equal(1, _fixture.Handler.CountTo(AuthTestData.EntraMetadataUrl));
    }

    // An Entra token the Bot Framework tenant issued to this bot itself (the Emulator's kind).
    private string EntraToken(TestSigningKey key) => "Bearer " + _fixture.Entra.Mint(key, d =>
    {
        d.Issuer = AuthTestData.BotFrameworkTenantIssuer;
        d.Claims = new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = AuthTestData.AppId };
    });
}
