using CoachBot.Protocol.Authentication;

namespace CoachBot.Protocol.Tests.Authentication;

public class BotAuthenticationOptionsValidatorTests
{
    private static List<string> Errors(BotAuthenticationOptions options) =>
        new BotAuthenticationOptionsValidator().Validate(null, options).Failures?.ToList() ?? [];

    [Fact]
    public void Validate_DefaultsWithoutAppId_Valid()
    {
        Assert.Empty(Errors(new BotAuthenticationOptions()));
    }

    [Fact]
    public void Validate_CompleteSingleTenant_Valid()
    {
        Assert.Empty(Errors(new BotAuthenticationOptions { MicrosoftAppId = "app", MicrosoftAppPassword = "pw", MicrosoftAppTenantId = "contoso.onmicrosoft.com" }));
    }

    [Fact]
    public void Validate_SeveralMistakes_ReportsAllAtOnce()
    {
        var errors = Errors(new BotAuthenticationOptions
        {
            MicrosoftAppId = "app",
            MicrosoftAppType = "Whatever",
            ChannelOpenIdMetadataUrl = "http://login.example.com/metadata",
            TokenEndpoint = "not a url",
            ClockSkew = TimeSpan.FromHours(2),
            AllowedCallers = [" "],
        });

        Assert.Equal(6, errors.Count);
        Assert.Contains(errors, e => e.Contains("MicrosoftAppType", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("MicrosoftAppPassword is required", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("ChannelOpenIdMetadataUrl must use https", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("TokenEndpoint must be an absolute URL", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("ClockSkew", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("AllowedCallers", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_KeyFetchRetryDelayAboveItsCap_Error()
    {
        var errors = Errors(new BotAuthenticationOptions
        {
            SigningKeyFetchRetryDelay = TimeSpan.FromMinutes(5),
            SigningKeyFetchMaxRetryDelay = TimeSpan.FromMinutes(1),
        });

        Assert.Equal(["Bot:SigningKeyFetchRetryDelay must be positive and not above Bot:SigningKeyFetchMaxRetryDelay."], errors);
    }

    [Fact]
    public void Validate_SingleTenantWithoutTenant_Error()
    {
        var errors = Errors(new BotAuthenticationOptions { MicrosoftAppId = "app", MicrosoftAppPassword = "pw" });

        Assert.Equal(["Bot:MicrosoftAppTenantId is required for a SingleTenant bot."], errors);
    }

    [Fact]
    public void Validate_MultiTenantWithoutTenant_Valid()
    {
        Assert.Empty(Errors(new BotAuthenticationOptions { MicrosoftAppId = "app", MicrosoftAppPassword = "pw", MicrosoftAppType = "MultiTenant" }));
    }

    [Fact]
    public void Validate_SecretWithoutAppId_Error()
    {
        Assert.Equal(["Bot:MicrosoftAppPassword is set but Bot:MicrosoftAppId is not."], Errors(new BotAuthenticationOptions { MicrosoftAppPassword = "pw" }));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/metadata", true, true)]
    [InlineData("http://localhost:5000/metadata", true, true)]
    [InlineData("http://[::1]:5000/metadata", true, true)]
    [InlineData("http://127.0.0.1:5000/metadata", false, false)]
    [InlineData("http://10.0.0.5/metadata", true, false)]
    [InlineData("https://login.example.com/metadata", false, true)]
    public void Validate_HttpMetadata_OnlyLoopbackWhenAllowed(string url, bool allowHttpOnLoopback, bool valid)
    {
        var options = new BotAuthenticationOptions { ChannelOpenIdMetadataUrl = url, AllowHttpOnLoopback = allowHttpOnLoopback };

        Assert.Equal(valid, Errors(options).Count == 0);
    }

    [Fact]
    public void ResolveUrls_FillTenantOrMultiTenantDefaults()
    {
        var single = new BotAuthenticationOptions { MicrosoftAppTenantId = "t-1" };
        var multi = new BotAuthenticationOptions { MicrosoftAppTenantId = "t-1", MicrosoftAppType = "multitenant" };

        Assert.Equal("https://login.microsoftonline.com/t-1/oauth2/v2.0/token", single.ResolveTokenEndpoint());
        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", multi.ResolveTokenEndpoint());
        Assert.Equal("https://login.microsoftonline.com/t-1/v2.0/.well-known/openid-configuration", single.ResolveEntraOpenIdMetadataUrl());
        Assert.Equal("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration", multi.ResolveEntraOpenIdMetadataUrl());
    }
}
