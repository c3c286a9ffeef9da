using System.Net;
using System.Text.Json.Nodes;
using CoachBot.Protocol;
using CoachBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoachBot.Tests.Endpoints;

/// <summary>
/// <c>Bot:AllowedTenants</c> (issue 15, point 4): with a valid token, an activity from a listed tenant is answered; one
/// from another tenant, or naming none, is refused with 403 before any turn runs, and the refusal is logged with the
/// tenant's id. Without the setting every tenant is served.
/// </summary>
public sealed class TenantAllowListTests : IDisposable
{
    private const int RefusedEvent = 2102;

    private readonly FakeIdentity _identity = new();
    private readonly LogCapture _logs = new();
    private readonly BotHost _host;

    public TenantAllowListTests()
    {
        _host = new BotHost();
        foreach (var (key, value) in _identity.Settings)
        {
            _host.Settings[key] = value;
        }

        _host.Settings["Bot:AllowedTenants:0"] = "tenant-1";
        _host.Settings["Bot:AllowedTenants:1"] = "5F3C0E6A-2B1D-4C8E-9A7F-0D1E2F3A4B5C";
        _host.Replace = services =>
        {
            services.AddHttpClient(ProtocolHttpClients.OpenIdMetadata).ConfigurePrimaryHttpMessageHandler(() => _identity);
            services.AddHttpClient(ProtocolHttpClients.Token).ConfigurePrimaryHttpMessageHandler(() => _identity);
            services.AddSingleton<ILoggerProvider>(_logs);
        };
    }

    public void Dispose() => _host.Dispose();

    [Theory]
    [InlineData("tenant-1")]
    [InlineData("5f3c0e6a-2b1d-4c8e-9a7f-0d1e2f3a4b5c")]
    public async Task Post_FromAnAllowedTenant_IsAnswered(string tenant)
    {
        using var client = _host.NewChat();

        using var response = await PostAsync(client, tenant);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hi! What's your name?", Assert.Single(BotClient.RepliesIn(await response.Content.ReadAsStringAsync())).Text);
    }

    [Theory]
    [InlineData("tenant-2")]
    [InlineData(null)]
    public async Task Post_FromAnotherTenantOrNone_Refused403BeforeAnyTurnAndLoggedByTenant(string? tenant)
    {
        using var client = _host.NewChat(expectReplies: false);

        using var response = await PostAsync(client, tenant);

        await Problem.AssertAsync(response, HttpStatusCode.Forbidden);
        Assert.DoesNotContain(_host.Connector.Calls, c => c.ConversationId == client.ConversationId);
        var logged = Assert.Single(_logs.Entries, e => e.EventId == RefusedEvent);
        Assert.Contains(tenant ?? "(none)", logged.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hi", logged.Message.Split(' '), StringComparer.Ordinal); // never what the user typed
    }

    [Fact]
    public async Task Post_WithoutAnAllowList_EveryTenantIsServed()
    {
        _host.Settings.Remove("Bot:AllowedTenants:0");
        _host.Settings.Remove("Bot:AllowedTenants:1");
        using var client = _host.NewChat();

        using var response = await PostAsync(client, "tenant-2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private Task<HttpResponseMessage> PostAsync(BotClient client, string? tenant)
    {
        var message = client.Message("hi");
        message.Node["conversation"]!["tenantId"] = tenant;
        message.Node["channelData"] = tenant is null ? null : new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } };
        return client.PostAsync(message.ToJson(), bearerToken: _identity.ChannelToken(ActivityJson.ServiceUrl));
    }
}
