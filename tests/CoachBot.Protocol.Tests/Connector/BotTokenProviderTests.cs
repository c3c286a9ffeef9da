using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CoachBot.Protocol.Authentication;
using CoachBot.Protocol.Connector;
using CoachBot.Protocol.Tests.TestSupport;

namespace CoachBot.Protocol.Tests.Connector;

public sealed class BotTokenProviderTests : IDisposable
{
    private readonly ConnectorFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task GetTokenAsync_PostsClientCredentialsForm()
    {
        var token = await _fixture.Tokens.GetTokenAsync(CancellationToken.None);

        Assert.Equal("token-1", token);
        var request = Assert.Single(_fixture.Handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(ConnectorFixture.TokenEndpoint, request.Uri.AbsoluteUri);
        Assert.Equal("application/x-www-form-urlencoded", request.Header("Content-Type"));
        var form = request.Body!.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1].Replace('+', ' ')));
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(AuthTestData.AppId, form["client_id"]);
        Assert.Equal("s3cret&=+", form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    [Fact]
    public async Task GetTokenAsync_CertificateUnreadableAtFirst_ATokenErrorThenASignedAssertionOnceItIsThere()
    {
        // A mounted secret being swapped: the file is missing for a moment.
        var path = Path.Combine(Path.GetTempPath(), $"coachbot-cert-{Guid.NewGuid():N}.pem");
        _fixture.AuthOptions.MicrosoftAppPassword = null;
        _fixture.AuthOptions.MicrosoftAppCertificatePath = path;
        try
        {
            await Assert.ThrowsAsync<BotTokenException>(() => _fixture.Tokens.GetTokenAsync(CancellationToken.None));
            Assert.Equal(0, _fixture.TokenRequests);

            using (var rsa = RSA.Create(2048))
            {
                var now = _fixture.Clock.GetUtcNow();
                using var certificate = new CertificateRequest("CN=coachbot-test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1).CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
                await File.WriteAllTextAsync(path, certificate.ExportCertificatePem() + "\n" + rsa.ExportPkcs8PrivateKeyPem());
            }

            var token = await _fixture.Tokens.GetTokenAsync(CancellationToken.None);

            Assert.Equal("token-1", token);
            var form = Assert.Single(_fixture.Handler.Requests).Body!.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
            Assert.False(form.ContainsKey("client_secret"));
            Assert.Equal(3, form["client_assertion"].Split('.').Length);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task GetTokenAsync_WithinLifetime_Cached()
    {
        await _fixture.Tokens.GetTokenAsync(CancellationToken.None);
        _fixture.Clock.Advance(TimeSpan.FromMinutes(54));

        var token = await _fixture.Tokens.GetTokenAsync(CancellationToken.None);

        Assert.Equal("token-1", token);
        Assert.Equal(1, _fixture.TokenRequests);
    }

    [Fact]
    public async Task GetTokenAsync_LessThanFiveMinutesLeft_Refreshed()
    {
        await _fixture.Tokens.GetTokenAsync(CancellationToken.None);
        _fixture.Clock.Advance(TimeSpan.FromMinutes(56));

        var token = await _fixture.Tokens.GetTokenAsync(CancellationToken.None);

        Assert.Equal("token-2", token);
        Assert.Equal(2, _fixture.TokenRequests);
    }

    [Fact]
    public async Task GetTokenAsync_RefreshFailsWhileOldStillValid_UsesOldToken()
    {
        await _fixture.Tokens.GetTokenAsync(CancellationToken.None);
        _fixture.Handler.Route(ConnectorFixture.TokenEndpoint, () => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        _fixture.Clock.Advance(TimeSpan.FromMinutes(57));

        Assert.Equal("token-1", await _fixture.Tokens.GetTokenAsync(CancellationToken.None));

        _fixture.Clock.Advance(TimeSpan.FromMinutes(4));
        await Assert.ThrowsAsync<BotTokenException>(() => _fixture.Tokens.GetTokenAsync(CancellationToken.None));
    }

    [Fact]
    public async Task GetTokenAsync_ConcurrentCallers_ShareOneRequest()
    {
        var release = new TaskCompletionSource();
        _fixture.Handler.RouteAsync(ConnectorFixture.TokenEndpoint, async () =>
        {
            await release.Task;
            return FakeHttpHandler.Json(HttpStatusCode.OK, """{"token_type":"Bearer","expires_in":"3600","access_token":"shared"}""");
        });

        var callers = Enumerable.Range(0, 6).Select(_ => Task.Run(() => _fixture.Tokens.GetTokenAsync(CancellationToken.None))).ToArray();
        await Task.Delay(50);
        release.SetResult();
        var tokens = await Task.WhenAll(callers);

        Assert.All(tokens, t => Assert.Equal("shared", t));
        Assert.Equal(1, _fixture.TokenRequests);
    }

    [Fact]
    public async Task GetTokenAsync_NoAppId_NullWithoutRequest()
    {
        _fixture.AuthOptions.MicrosoftAppId = null;

        Assert.Null(await _fixture.Tokens.GetTokenAsync(CancellationToken.None));
        Assert.Empty(_fixture.Handler.Requests);
    }

    [Fact]
    public async Task GetTokenAsync_Refused_ThrowsWithOAuthErrorCode()
    {
        _fixture.Handler.Route(ConnectorFixture.TokenEndpoint, () => FakeHttpHandler.Json(HttpStatusCode.BadRequest, """{"error":"invalid_client","error_description":"AADSTS7000215"}"""));

        var error = await Assert.ThrowsAsync<BotTokenException>(() => _fixture.Tokens.GetTokenAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("invalid_client", error.ErrorCode);
    }

    [Fact]
    public async Task GetTokenAsync_MultiTenant_UsesBotFrameworkTenantEndpoint()
    {
        _fixture.AuthOptions.MicrosoftAppType = BotAuthenticationOptions.MultiTenant;

        await Assert.ThrowsAsync<BotTokenException>(() => _fixture.Tokens.GetTokenAsync(CancellationToken.None));

        Assert.Equal("https://login.test/botframework.com/oauth2/v2.0/token", Assert.Single(_fixture.Handler.Requests).Uri.AbsoluteUri);
    }

    [Fact]
    public async Task GetTokenAsync_HttpEndpointNotLoopback_RefusedWithoutRequest()
    {
        _fixture.AuthOptions.TokenEndpoint = "http://login.test/{tenant}/token";
        _fixture.AuthOptions.AllowHttpOnLoopback = true;

        await Assert.ThrowsAsync<BotTokenException>(() => _fixture.Tokens.GetTokenAsync(CancellationToken.None));

        Assert.Empty(_fixture.Handler.Requests);
    }
}
