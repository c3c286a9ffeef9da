using CoachBot.Protocol.Authentication;
using CoachBot.Protocol.Tests.TestSupport;

namespace CoachBot.Protocol.Tests.Authentication;

public sealed class EntraTokenTests : IDisposable
{
    private const string SkillAppId = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
    private readonly AuthenticatorFixture _fixture = new();
    private readonly TestSigningKey _entraKey;

    public EntraTokenTests() => _entraKey = _fixture.Entra.NewKey("entra-key");

    public void Dispose() => _fixture.Dispose();

    private string SkillToken(string issuer = AuthTestData.BotFrameworkTenantIssuer, string caller = SkillAppId, string version = "1.0") =>
        "Bearer " + _fixture.Entra.Mint(_entraKey, d =>
        {
            d.Issuer = issuer;
            d.Claims = new Dictionary<string, object>
            {
                ["ver"] = version,
                [version == "2.0" ? "azp" : "appid"] = caller,
            };
        });

    [Fact]
    public async Task AuthenticateAsync_SkillNotInAllowedCallers_Forbidden()
    {
        var result = await _fixture.AuthenticateAsync(SkillToken());

        Assert.Equal(403, result.StatusCode);
        Assert.Equal("caller not in AllowedCallers", result.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_SkillInAllowedCallers_SucceedsWithCaller()
    {
        _fixture.Options.AllowedCallers = [SkillAppId];

        var result = await _fixture.AuthenticateAsync(SkillToken(version: "2.0", issuer: "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0"));

        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal(TokenSource.Entra, result.Source);
        Assert.Equal(SkillAppId, result.CallerAppId);
    }

    [Fact]
    public async Task AuthenticateAsync_AnyCallerWildcard_Succeeds()
    {
        _fixture.Options.AllowedCallers = ["*"];

        var result = await _fixture.AuthenticateAsync(SkillToken());

        Assert.True(result.Succeeded, result.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_OwnTenantTokenFromThisBot_Succeeds()
    {
        var result = await _fixture.AuthenticateAsync(SkillToken(issuer: $"https://login.microsoftonline.com/{AuthTestData.TenantId}/v2.0", caller: AuthTestData.AppId, version: "2.0"));

        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal(AuthTestData.AppId, result.CallerAppId);
    }

    [Fact]
    public async Task AuthenticateAsync_OtherTenantIssuer_Unauthorized()
    {
        _fixture.Options.AllowedCallers = ["*"];

        var result = await _fixture.AuthenticateAsync(SkillToken(issuer: "https://sts.windows.net/12345678-0000-0000-0000-000000000000/"));

        Assert.Equal(401, result.StatusCode);
    }

    [Fact]
    public async Task AuthenticateAsync_EntraTokenForOtherAudience_Unauthorized()
    {
        _fixture.Options.AllowedCallers = ["*"];
        var token = _fixture.Entra.Mint(_entraKey, d =>
        {
            d.Issuer = AuthTestData.BotFrameworkTenantIssuer;
            d.Audience = "someone-else";
            d.Claims = new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = SkillAppId };
        });

        var result = await _fixture.AuthenticateAsync("Bearer " + token);

        Assert.Equal(401, result.StatusCode);
    }

    [Fact]
    public async Task AuthenticateAsync_EntraTokenSignedWithChannelKey_Unauthorized()
    {
        _fixture.Options.AllowedCallers = ["*"];
        var channelKey = _fixture.Channel.NewKey("channel-only", ["msteams"]);
        var token = _fixture.Channel.Mint(channelKey, d =>
        {
            d.Issuer = AuthTestData.BotFrameworkTenantIssuer;
            d.Claims = new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = SkillAppId };
        });

        var result = await _fixture.AuthenticateAsync("Bearer " + token);

        Assert.Equal("unknown signing key", result.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_SingleTenantIssuerWhenMultiTenant_Unauthorized()
    {
        _fixture.Options.MicrosoftAppType = BotAuthenticationOptions.MultiTenant;
        _fixture.Options.EntraOpenIdMetadataUrl = AuthTestData.EntraMetadataUrl;

        var result = await _fixture.AuthenticateAsync(SkillToken(issuer: $"https://sts.windows.net/{AuthTestData.TenantId}/", caller: AuthTestData.AppId));

        Assert.Equal(401, result.StatusCode);
    }
}
