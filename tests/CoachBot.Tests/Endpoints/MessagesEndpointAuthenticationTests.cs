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

    [Fact]
    public async Task Post_FloodWithBadTokens_Gets401AndLeavesTheUsersMessagesUntouched()
    {
        RateLimits.Production(_host, RateLimits.NoRefill);
        using var client = _host.NewChat();
        var badToken = _identity.ChannelToken(ActivityJson.ServiceUrl, audience: "some-other-bot");
        var goodToken = _identity.ChannelToken(ActivityJson.ServiceUrl);

        var refused = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => client.PostAsync(client.Message("hi").ToJson(), bearerToken: badToken)));
        var answered = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            using var response = await client.PostAsync(client.Message($"message {i}").ToJson(), bearerToken: goodToken);
            answered.Add(response.StatusCode);
        }

        Assert.All(refused, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 10), HttpStatusCode.TooManyRequests], answered);
        foreach (var response in refused)
        {
            response.Dispose();
        }
    }

    public void Dispose()
    {
        _host.Dispose();
        _identity.Dispose();
    }
}
