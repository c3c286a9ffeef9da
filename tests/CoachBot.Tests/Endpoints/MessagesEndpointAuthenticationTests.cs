using System.Net;
using CoachBot.Protocol;
using CoachBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.Endpoints;

/// <summary>With an app id configured, only the Bot Connector (a valid token for this bot and service URL) gets in.</summary>
public sealed class MessagesEndpointAuthenticationTests : IDisposable
{
    private readonly FakeIdentity _identity = new();
    private readonly BotHost _host;

    public MessagesEndpointAuthenticationTests()
    {
        _host = new BotHost();
        foreach (var (key, value) in _identity.Settings)
        {
            _host.Settings[key] = value;
        }

        _host.Replace = services =>
        {
            services.AddHttpClient(ProtocolHttpClients.OpenIdMetadata).ConfigurePrimaryHttpMessageHandler(() => _identity);
            services.AddHttpClient(ProtocolHttpClients.Token).ConfigurePrimaryHttpMessageHandler(() => _identity);
        };
    }

    [Fact]
    public async Task Post_NoAuthorizationHeader_Returns401WithBearerChallenge()
    {
        using var client = _host.NewChat();

        using var response = await client.PostAsync(client.Message("hi").ToJson());

        await Problem.AssertAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Fact]
    public async Task Post_ValidChannelToken_IsAnswered()
    {
        using var client = _host.NewChat();

        using var response = await client.PostAsync(client.Message("hi").ToJson(), bearerToken: _identity.ChannelToken(ActivityJson.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hi! What's your name?", Assert.Single(BotClient.RepliesIn(await response.Content.ReadAsStringAsync())).Text);
    }

    [Fact]
    public async Task Post_ValidChannelTokenWithNormalDelivery_ReplyCarriesTheBotsOwnToken()
    {
        using var client = _host.NewChat(expectReplies: false);
        var hi = client.Message("hi");

        using var response = await client.PostAsync(hi.ToJson(), bearerToken: _identity.ChannelToken(ActivityJson.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(_host.Connector.DeliveredTo(client.ConversationId));
        Assert.Equal($"Bearer {FakeIdentity.BotToken}", call.Authorization);
        Assert.Equal("Hi! What's your name?", call.Message.Text);
    }

    [Fact]
    public async Task Post_TokenForAnotherServiceUrl_Returns403()
    {
        using var client = _host.NewChat();

        using var response = await client.PostAsync(client.Message("hi").ToJson(), bearerToken: _identity.ChannelToken("https://smba.elsewhere.test/emea/"));

        await Problem.AssertAsync(response, HttpStatusCode.Forbidden);
        Assert.DoesNotContain(_host.Connector.Calls, c => c.ConversationId == client.ConversationId);
    }

    [Fact]
    public async Task Post_TokenForAnotherBot_Returns401()
    {
        using var client = _host.NewChat();

        using var response = await client.PostAsync(client.Message("hi").ToJson(), bearerToken: _identity.ChannelToken(ActivityJson.ServiceUrl, audience: "some-other-bot"));

        await Problem.AssertAsync(response, HttpStatusCode.Unauthorized);
    }

    public void Dispose()
    {
        _host.Dispose();
        _identity.Dispose();
    }
}
