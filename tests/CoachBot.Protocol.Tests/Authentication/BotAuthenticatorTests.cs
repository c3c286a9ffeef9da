using System.Net;
using CoachBot.Protocol.Authentication;
using CoachBot.Protocol.Tests.TestSupport;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Protocol.Tests.Authentication;

public sealed class BotAuthenticatorTests : IDisposable
{
    private readonly AuthenticatorFixture _fixture = new();
    private readonly TestSigningKey _teamsKey;

    public BotAuthenticatorTests() => _teamsKey = _fixture.Channel.NewKey("teams-key", ["msteams", "webchat"]);

    public void Dispose() => _fixture.Dispose();

    private string Bearer(Action<SecurityTokenDescriptor>? customize = null) => "Bearer " + _fixture.Channel.Mint(_teamsKey, customize);

    [Fact]
    public async Task AuthenticateAsync_ValidChannelToken_SucceedsAndTrustsServiceUrl()
    {
        var result = await _fixture.AuthenticateAsync(Bearer());

        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal(TokenSource.Channel, result.Source);
        Assert.False(result.IsAnonymous);
        Assert.True(_fixture.Trusted.IsTrusted(AuthTestData.ServiceUrl));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AuthenticateAsync_NoHeaderWithAppId_Unauthorized(string? header)
    {
        var result = await _fixture.AuthenticateAsync(header);

        Assert.Equal(401, result.StatusCode);
        Assert.False(_fixture.Trusted.IsTrusted(AuthTestData.ServiceUrl));
    }

    [Fact]
    public async Task AuthenticateAsync_NoHeaderNoAppId_AnonymousSuccess()
    {
        _fixture.Options.MicrosoftAppId = null;

        var result = await _fixture.AuthenticateAsync(null);

        Assert.True(result.Succeeded);
        Assert.True(result.IsAnonymous);
        Assert.False(_fixture.Trusted.IsTrusted(AuthTestData.ServiceUrl));
    }

    [Fact]
    public async Task AuthenticateAsync_TokenButNoAppId_TokenStillValidated()
    {
        _fixture.Options.MicrosoftAppId = null;

        var result = await _fixture.AuthenticateAsync(Bearer());

        Assert.Equal(401, result.StatusCode);
        Assert.Equal("audience is not this bot", result.Reason);
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    [InlineData("bearer abc.def.ghi")]
    [InlineData("Bearer a b")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.%%%.sig")]
    public async Task AuthenticateAsync_MalformedHeaderOrToken_Unauthorized(string header)
    {
        var result = await _fixture.AuthenticateAsync(header);

        Assert.Equal(401, result.StatusCode);
    }

    [Fact]
    public async Task AuthenticateAsync_SignedByUnpublishedKeyWithSameKid_Unauthorized()
    {
        using var impostor = new TestSigningKey("teams-key", ["msteams"]);

        var result = await _fixture.AuthenticateAsync("Bearer " + _fixture.Channel.Mint(impostor));

        Assert.Equal(401, result.StatusCode);
        Assert.Equal("signature not valid", result.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_ExpiredBeyondSkew_Unauthorized()
    {
        var now = _fixture.Clock.GetUtcNow().UtcDateTime;

        var result = await _fixture.AuthenticateAsync(Bearer(d => (d.NotBefore, d.Expires) = (now.AddHours(-2), now.AddMinutes(-6))));

        Assert.Equal(401, result.StatusCode);
        Assert.Equal("token expired", result.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_ExpiredWithinSkew_Succeeds()
    {
        var now = _fixture.Clock.GetUtcNow().UtcDateTime;

        var result = await _fixture.AuthenticateAsync(Bearer(d => (d.NotBefore, d.Expires) = (now.AddHours(-2), now.AddMinutes(-4))));

        Assert.True(result.Succeeded, result.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_NotYetValidBeyondSkew_Unauthorized()
    {
        var now = _fixture.Clock.GetUtcNow().UtcDateTime;

        var early = await _fixture.AuthenticateAsync(Bearer(d => d.NotBefore = now.AddMinutes(6)));
        var withinSkew = await _fixture.AuthenticateAsync(Bearer(d => d.NotBefore = now.AddMinutes(4)));

        Assert.Equal(401, early.StatusCode);
        Assert.Equal("token not yet valid", early.Reason);
        Assert.True(withinSkew.Succeeded, withinSkew.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_NoExpiry_Unauthorized()
    {
        var result = await _fixture.AuthenticateAsync(Bearer(d => d.Expires = null));

        Assert.Equal(401, result.StatusCode);
    }

    [Theory]
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://evil.example")]
    [InlineData("https://sts.windows.net/00000000-0000-0000-0000-000000000000/")]
    public async Task AuthenticateAsync_WrongIssuer_Unauthorized(string issuer)
    {
        var result = await _fixture.AuthenticateAsync(Bearer(d => d.Issuer = issuer));

        Assert.Equal(401, result.StatusCode);
    }

    [Fact]
    public async Task AuthenticateAsync_WrongAudience_Unauthorized()
    {
        var result = await _fixture.AuthenticateAsync(Bearer(d => d.Audience = "another-bot"));

        Assert.Equal(401, result.StatusCode);
    }

    [Fact]
    public async Task AuthenticateAsync_AlgNone_Unauthorized()
    {
        var result = await _fixture.AuthenticateAsync("Bearer " + _fixture.Channel.MintUnsigned("teams-key"));

        Assert.Equal(401, result.StatusCode);
    }

    [Fact]
    public async Task AuthenticateAsync_Rs512_Succeeds()
    {
        var token = _fixture.Channel.Mint(_teamsKey, algorithm: SecurityAlgorithms.RsaSha512);

        var result = await _fixture.AuthenticateAsync("Bearer " + token);

        Assert.True(result.Succeeded, result.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_HmacToken_Unauthorized()
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = "https://api.botframework.com",
            Audience = AuthTestData.AppId,
            Expires = _fixture.Clock.GetUtcNow().UtcDateTime.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(new byte[32]) { KeyId = "teams-key" }, SecurityAlgorithms.HmacSha256),
        };
        var token = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(descriptor);

        var result = await _fixture.AuthenticateAsync("Bearer " + token);

        Assert.Equal(401, result.StatusCode);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlClaimDiffers_Forbidden()
    {
        var activity = AuthTestData.Activity(serviceUrl: "https://smba.trafficmanager.net/emea/");

        var result = await _fixture.AuthenticateAsync(Bearer(), activity);

        Assert.Equal(403, result.StatusCode);
        Assert.False(_fixture.Trusted.IsTrusted(activity.ServiceUrl));
    }

    [Fact]
    public async Task AuthenticateAsync_NoServiceUrlClaim_Forbidden()
    {
        var result = await _fixture.AuthenticateAsync(Bearer(d => d.Claims.Clear()));

        Assert.Equal(403, result.StatusCode);
    }

    [Fact]
    public async Task AuthenticateAsync_ChannelNotEndorsed_Forbidden()
    {
        var result = await _fixture.AuthenticateAsync(Bearer(), AuthTestData.Activity(channelId: "slack"));

        Assert.Equal(403, result.StatusCode);
        Assert.Equal("signing key not endorsed for the channel", result.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyWithoutEndorsements_AcceptsAnyChannel()
    {
        var plainKey = _fixture.Channel.NewKey("plain-key");

        var result = await _fixture.AuthenticateAsync("Bearer " + _fixture.Channel.Mint(plainKey), AuthTestData.Activity(channelId: "slack"));

        Assert.True(result.Succeeded, result.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_WrongAudienceAndWrongServiceUrl_UnauthorizedFirst()
    {
        var result = await _fixture.AuthenticateAsync(
            Bearer(d => d.Audience = "another-bot"),
            AuthTestData.Activity(serviceUrl: "https://elsewhere.example/"));

        Assert.Equal(401, result.StatusCode);
    }

    [Fact]
    public async Task AuthenticateAsync_KeysUnavailable_ServiceUnavailable()
    {
        _fixture.Handler.Route(AuthTestData.ChannelMetadataUrl, () => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));

        var result = await _fixture.AuthenticateAsync(Bearer());

        Assert.Equal(503, result.StatusCode);
    }

    [Fact]
    public async Task AuthenticateAsync_HttpMetadataNotAllowed_ServiceUnavailable()
    {
        _fixture.Options.ChannelOpenIdMetadataUrl = "http://127.0.0.1:9/metadata";

        var result = await _fixture.AuthenticateAsync(Bearer());

        Assert.Equal(503, result.StatusCode);
        Assert.Empty(_fixture.Handler.Requests);
    }
}
