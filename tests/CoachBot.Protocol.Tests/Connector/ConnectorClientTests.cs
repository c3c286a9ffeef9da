using System.Net;
using System.Text.Json.Nodes;
using CoachBot.Protocol.Connector;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Tests.TestSupport;

namespace CoachBot.Protocol.Tests.Connector;

public sealed class ConnectorClientTests : IDisposable
{
    private const string ChannelThread = "19:abc@thread.tacv2;messageid=1712";
    private const string EscapedThread = "19%3Aabc%40thread.tacv2%3Bmessageid%3D1712";
    private readonly ConnectorFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private static Activity Reply(string text) => new() { Type = ActivityTypes.Message, Text = text, ReplyToId = "1712" };

    private RecordedRequest OnlyConnectorRequest() => Assert.Single(_fixture.ConnectorRequests);

    [Fact]
    public async Task SendToConversationAsync_PostsActivityJsonWithToken()
    {
        _fixture.Handler.Enqueue(HttpStatusCode.OK, """{"id":"new-1"}""");

        var response = await _fixture.CreateClient().SendToConversationAsync(ConnectorFixture.ServiceUrl, ChannelThread, Reply("Chào anh"), CancellationToken.None);

        Assert.Equal("new-1", response.Id);
        var request = OnlyConnectorRequest();
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal($"/amer/v3/conversations/{EscapedThread}/activities", request.Uri.AbsolutePath);
        Assert.Equal("Bearer token-1", request.Header("Authorization"));
        Assert.Equal("application/json; charset=utf-8", request.Header("Content-Type"));
        Assert.Equal("""{"type":"message","replyToId":"1712","text":"Chào anh"}""", request.Body);
    }

    [Fact]
    public async Task ReplyToActivityAsync_PostsToActivityPath()
    {
        _fixture.Handler.Enqueue(HttpStatusCode.Created, """{"id":"r-1"}""");

        var response = await _fixture.CreateClient().ReplyToActivityAsync("https://smba.trafficmanager.net/amer", "a:1conv", "1712", Reply("hi"), CancellationToken.None);

        Assert.Equal("r-1", response.Id);
        var request = OnlyConnectorRequest();
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations/a%3A1conv/activities/1712", request.Uri.AbsoluteUri);
    }

    [Fact]
    public async Task UpdateActivityAsync_PutsActivity()
    {
        _fixture.Handler.Enqueue(HttpStatusCode.OK, """{"id":"1712"}""");

        await _fixture.CreateClient().UpdateActivityAsync(ConnectorFixture.ServiceUrl, ChannelThread, "1712", Reply("edited"), CancellationToken.None);

        var request = OnlyConnectorRequest();
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.Equal($"/amer/v3/conversations/{EscapedThread}/activities/1712", request.Uri.AbsolutePath);
        Assert.Contains("\"text\":\"edited\"", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteActivityAsync_SendsDeleteWithoutBody()
    {
        _fixture.Handler.Enqueue(HttpStatusCode.OK);

        await _fixture.CreateClient().DeleteActivityAsync(ConnectorFixture.ServiceUrl, "a:1conv", "1712", CancellationToken.None);

        var request = OnlyConnectorRequest();
        Assert.Equal(HttpMethod.Delete, request.Method);
        Assert.Equal("/amer/v3/conversations/a%3A1conv/activities/1712", request.Uri.AbsolutePath);
        Assert.Null(request.Body);
        Assert.Equal("Bearer token-1", request.Header("Authorization"));
    }

    [Fact]
    public async Task CreateConversationAsync_TeamsChannelThread_SendsChannelAndTenant()
    {
        _fixture.Handler.Enqueue(HttpStatusCode.Created, """{"id":"19:chan@thread.tacv2;messageid=99","activityId":"99"}""");
        var parameters = new ConversationParameters
        {
            IsGroup = true,
            ChannelData = JsonNode.Parse("""{"channel":{"id":"19:chan@thread.tacv2"},"tenant":{"id":"t-1"}}"""),
            Activity = new Activity { Type = ActivityTypes.Message, Text = "Escalation" },
        };

        var created = await _fixture.CreateClient().CreateConversationAsync(ConnectorFixture.ServiceUrl, parameters, CancellationToken.None);

        Assert.Equal("99", created.ActivityId);
        var request = OnlyConnectorRequest();
        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations", request.Uri.AbsoluteUri);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"isGroup":true,"activity":{"type":"message","text":"Escalation"},"channelData":{"channel":{"id":"19:chan@thread.tacv2"},"tenant":{"id":"t-1"}}}"""),
            JsonNode.Parse(request.Body!)));
    }

    [Fact]
    public async Task CreateConversationAsync_Personal_SendsMembersAndTenantId()
    {
        _fixture.Handler.Enqueue(HttpStatusCode.OK, """{"id":"a:new"}""");
        var parameters = new ConversationParameters
        {
            Bot = new ChannelAccount { Id = "28:" + AuthTestData.AppId },
            Members = [new ChannelAccount { Id = "29:lan" }],
            TenantId = "t-1",
            ChannelData = JsonNode.Parse("""{"tenant":{"id":"t-1"}}"""),
        };

        var created = await _fixture.CreateClient().CreateConversationAsync(ConnectorFixture.ServiceUrl, parameters, CancellationToken.None);

        Assert.Equal("a:new", created.Id);
        var body = JsonNode.Parse(OnlyConnectorRequest().Body!)!;
        Assert.Equal("t-1", (string?)body["tenantId"]);
        Assert.Equal("29:lan", (string?)body["members"]![0]!["id"]);
        Assert.Null(body["isGroup"]);
    }

    [Fact]
    public async Task GetPagedMembersAsync_SendsPageSizeAndEscapedContinuation()
    {
        _fixture.Handler.Enqueue(HttpStatusCode.OK, """{"continuationToken":"next","members":[{"id":"29:lan","name":"Lan","email":"lan@hotel.test","userRole":"user"}]}""");

        var page = await _fixture.CreateClient().GetPagedMembersAsync(ConnectorFixture.ServiceUrl, ChannelThread, 50, "a+b/c=", CancellationToken.None);

        Assert.Equal("next", page.ContinuationToken);
        Assert.Equal("lan@hotel.test", Assert.Single(page.Members).Email);
        var request = OnlyConnectorRequest();
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal($"/amer/v3/conversations/{EscapedThread}/pagedmembers?pageSize=50&continuationToken=a%2Bb%2Fc%3D", request.Uri.PathAndQuery);
    }

    [Fact]
    public async Task GetPagedMembersAsync_NoPaging_NoQuery()
    {
        _fixture.Handler.Enqueue(HttpStatusCode.OK, """{"members":[]}""");

        var page = await _fixture.CreateClient().GetPagedMembersAsync(ConnectorFixture.ServiceUrl, "a:1", null, null, CancellationToken.None);

        Assert.Empty(page.Members);
        Assert.Equal("/amer/v3/conversations/a%3A1/pagedmembers", OnlyConnectorRequest().Uri.PathAndQuery);
    }

    [Fact]
    public async Task SendToConversationAsync_EmptySuccessBody_ReturnsNoId()
    {
        _fixture.Handler.Enqueue(HttpStatusCode.Accepted);

        var response = await _fixture.CreateClient().SendToConversationAsync(ConnectorFixture.ServiceUrl, "a:1", Reply("x"), CancellationToken.None);

        Assert.Null(response.Id);
    }

    [Fact]
    public async Task SendToConversationAsync_UntrustedServiceUrl_RefusedWithoutSending()
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            _fixture.CreateClient().SendToConversationAsync("https://attacker.example/", "a:1", Reply("x"), CancellationToken.None));

        Assert.Equal("UntrustedServiceUrl", error.ErrorCode);
        Assert.Empty(_fixture.Handler.Requests);
    }

    [Fact]
    public async Task SendToConversationAsync_UntrustedWithSendWithoutToken_SendsNoAuthorization()
    {
        _fixture.ConnectorOptions.UntrustedServiceUrl = UntrustedServiceUrlPolicy.SendWithoutToken;
        _fixture.Handler.Enqueue(HttpStatusCode.OK, """{"id":"1"}""");

        await _fixture.CreateClient().SendToConversationAsync("http://localhost:3978/", "a:1", Reply("x"), CancellationToken.None);

        Assert.Null(OnlyConnectorRequest().Header("Authorization"));
        Assert.Equal(0, _fixture.TokenRequests);
    }

    [Fact]
    public async Task SendToConversationAsync_NoAppId_SendsNoAuthorizationAnywhere()
    {
        _fixture.AuthOptions.MicrosoftAppId = null;
        _fixture.Handler.Enqueue(HttpStatusCode.OK, """{"id":"1"}""");

        await _fixture.CreateClient().SendToConversationAsync("http://localhost:3978/", "a:1", Reply("x"), CancellationToken.None);

        Assert.Null(OnlyConnectorRequest().Header("Authorization"));
        Assert.Equal(0, _fixture.TokenRequests);
    }

    [Fact]
    public async Task SendToConversationAsync_TokenEndpointRefuses_ConnectorExceptionWithoutSending()
    {
        _fixture.Handler.Route(ConnectorFixture.TokenEndpoint, () => FakeHttpHandler.Json(HttpStatusCode.Unauthorized, """{"error":"invalid_client"}"""));

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            _fixture.CreateClient().SendToConversationAsync(ConnectorFixture.ServiceUrl, "a:1", Reply("x"), CancellationToken.None));

        Assert.Equal("TokenUnavailable", error.ErrorCode);
        Assert.Equal("invalid_client", Assert.IsType<BotTokenException>(error.InnerException).ErrorCode);
        Assert.Empty(_fixture.ConnectorRequests);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, "BotNotInConversationRoster", true)]
    [InlineData(HttpStatusCode.Forbidden, "ConversationBlockedByUser", true)]
    [InlineData(HttpStatusCode.NotFound, "ConversationNotFound", true)]
    [InlineData(HttpStatusCode.Forbidden, "InvalidBotApiHost", false)]
    [InlineData(HttpStatusCode.NotFound, "ActivityNotFound", false)]
    public async Task SendToConversationAsync_ErrorBody_CodeAndConversationGone(HttpStatusCode status, string code, bool gone)
    {
        _fixture.Handler.Enqueue(status, $$$"""{"error":{"code":"{{{code}}}","message":"details"}}""");

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            _fixture.CreateClient().SendToConversationAsync(ConnectorFixture.ServiceUrl, "a:1", Reply("x"), CancellationToken.None));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal(gone, error.ConversationGone);
        Assert.Single(_fixture.ConnectorRequests);
    }

    [Fact]
    public async Task SendToConversationAsync_Unauthorized_NextCallGetsNewToken()
    {
        var client = _fixture.CreateClient();
        _fixture.Handler.Enqueue(HttpStatusCode.Unauthorized);
        _fixture.Handler.Enqueue(HttpStatusCode.OK, """{"id":"1"}""");

        await Assert.ThrowsAsync<ConnectorException>(() => client.SendToConversationAsync(ConnectorFixture.ServiceUrl, "a:1", Reply("x"), CancellationToken.None));
        await client.SendToConversationAsync(ConnectorFixture.ServiceUrl, "a:1", Reply("x"), CancellationToken.None);

        Assert.Equal(["Bearer token-1", "Bearer token-2"], _fixture.ConnectorRequests.Select(r => r.Header("Authorization")));
    }
}
