using System.Net;
using CoachBot.Protocol.Authentication;
using CoachBot.Protocol.Connector;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Protocol.Tests;

public sealed class ProtocolServiceCollectionExtensionsTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly FakeHttpHandler _handler;

    public ProtocolServiceCollectionExtensionsTests() => _handler = new FakeHttpHandler(_clock);

    public void Dispose() => _handler.Dispose();

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    private ServiceProvider Build(IConfiguration configuration, bool fakeHttp = false)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddBotProtocol(configuration);
        if (fakeHttp)
        {
            services.AddHttpClient(ProtocolHttpClients.OpenIdMetadata).ConfigurePrimaryHttpMessageHandler(() => _handler);
            services.AddHttpClient(ProtocolHttpClients.Token).ConfigurePrimaryHttpMessageHandler(() => _handler);
            services.AddHttpClient<ConnectorClient>().ConfigurePrimaryHttpMessageHandler(() => _handler);
        }

        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddBotProtocol_BindsBotSection()
    {
        using var provider = Build(Config(
            ("Bot:MicrosoftAppId", "app"),
            ("Bot:MicrosoftAppPassword", "pw"),
            ("Bot:MicrosoftAppTenantId", "t-1"),
            ("Bot:AllowedCallers:0", "skill-1"),
            ("Bot:ClockSkew", "00:02:00"),
            ("Bot:Connector:MaxAttempts", "2"),
            ("Bot:Connector:UntrustedServiceUrl", "SendWithoutToken")));

        var auth = provider.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;
        var connector = provider.GetRequiredService<IOptions<ConnectorOptions>>().Value;

        Assert.Equal("app", auth.MicrosoftAppId);
        Assert.Equal(["skill-1"], auth.AllowedCallers);
        Assert.Equal(TimeSpan.FromMinutes(2), auth.ClockSkew);
        Assert.Equal(2, connector.MaxAttempts);
        Assert.Equal(UntrustedServiceUrlPolicy.SendWithoutToken, connector.UntrustedServiceUrl);
        Assert.NotNull(provider.GetRequiredService<BotAuthenticator>());
        Assert.NotNull(provider.GetRequiredService<ConnectorClient>());
        Assert.Same(_clock, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void AddBotProtocol_NoTimeProvider_RegistersSystemClock()
    {
        var services = new ServiceCollection().AddBotProtocol(Config());
        using var provider = services.BuildServiceProvider();

        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void AddBotProtocol_InvalidConfiguration_StartupValidationListsEveryError()
    {
        using var provider = Build(Config(
            ("Bot:MicrosoftAppId", "app"),
            ("Bot:ChannelOpenIdMetadataUrl", "http://metadata.example.com/"),
            ("Bot:Connector:MaxAttempts", "0")));

        var error = Assert.Throws<AggregateException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        var messages = error.InnerExceptions.OfType<OptionsValidationException>().SelectMany(e => e.Failures).ToList();
        Assert.Contains(messages, m => m.Contains("MicrosoftAppPassword", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("MicrosoftAppTenantId", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("ChannelOpenIdMetadataUrl", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("MaxAttempts", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddBotProtocol_AuthenticatedActivity_ReplyCarriesToken()
    {
        using var authority = new TestKeyAuthority(_handler, _clock, AuthTestData.ChannelMetadataUrl, AuthTestData.ChannelJwksUrl);
        var key = authority.NewKey("k", ["msteams"]);
        _handler.Route(ConnectorFixture.TokenEndpoint, () => FakeHttpHandler.Json(HttpStatusCode.OK, """{"token_type":"Bearer","expires_in":3600,"access_token":"outbound"}"""));
        using var provider = Build(Config(
            ("Bot:MicrosoftAppId", AuthTestData.AppId),
            ("Bot:MicrosoftAppPassword", "pw"),
            ("Bot:MicrosoftAppTenantId", AuthTestData.TenantId),
            ("Bot:ChannelOpenIdMetadataUrl", AuthTestData.ChannelMetadataUrl),
            ("Bot:TokenEndpoint", "https://login.test/{tenant}/oauth2/v2.0/token")), fakeHttp: true);
        provider.GetRequiredService<IStartupValidator>().Validate();
        var activity = AuthTestData.Activity();

        var verdict = await provider.GetRequiredService<BotAuthenticator>().AuthenticateAsync("Bearer " + authority.Mint(key), activity, CancellationToken.None);
        _handler.Enqueue(HttpStatusCode.OK, """{"id":"sent"}""");
        var sent = await provider.GetRequiredService<ConnectorClient>().ReplyToActivityAsync(
            activity.ServiceUrl!, activity.Conversation!.Id!, "1", new Activity { Type = ActivityTypes.Message, Text = "ok" }, CancellationToken.None);

        Assert.True(verdict.Succeeded, verdict.Reason);
        Assert.Equal("sent", sent.Id);
        Assert.Equal("Bearer outbound", _handler.Requests[^1].Header("Authorization"));
    }
}
