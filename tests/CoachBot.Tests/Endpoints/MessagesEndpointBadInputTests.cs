using System.Net;
using System.Text;
using CoachBot.Tests.Support;

namespace CoachBot.Tests.Endpoints;

/// <summary>What a channel (or a buggy client) gets back for requests the bot cannot use.</summary>
public sealed class MessagesEndpointBadInputTests(InMemoryBotFixture fixture) : IClassFixture<InMemoryBotFixture>
{
    [Fact]
    public async Task Post_MalformedJson_Returns400Problem()
    {
        using var client = fixture.Host.NewChat();

        using var response = await client.PostAsync("""{"type":"message","text":"hi",""");

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Post_NoType_Returns400Problem()
    {
        using var client = fixture.Host.NewChat();

        using var response = await client.PostAsync(client.Message("hi").Remove("type").ToJson());

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Post_NoConversationId_Returns400Problem()
    {
        using var client = fixture.Host.NewChat();
        var activity = client.Message("hi");
        activity.Node["conversation"]!.AsObject().Remove("id");

        using var response = await client.PostAsync(activity.ToJson());

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Post_NoFromId_Returns400Problem()
    {
        using var client = fixture.Host.NewChat();
        var activity = client.Message("hi");
        activity.Node["from"]!.AsObject().Remove("id");

        using var response = await client.PostAsync(activity.ToJson());

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("smba.test/amer/")]
    [InlineData("/amer/")]
    [InlineData("ftp://smba.test/amer/")]
    [InlineData("javascript:alert(1)")]
    public async Task Post_ServiceUrlNotAbsoluteHttp_Returns400Problem(string serviceUrl)
    {
        using var client = fixture.Host.NewChat();

        using var response = await client.PostAsync(client.Message("hi").Set("serviceUrl", serviceUrl).ToJson());

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task Post_WrongContentType_Returns415Problem(string contentType)
    {
        using var client = fixture.Host.NewChat();

        using var response = await client.PostAsync(client.Message("hi").ToJson(), contentType);

        await Problem.AssertAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Post_BodyOverDefaultLimit_Returns413Problem()
    {
        using var client = fixture.Host.NewChat();
        var huge = client.Message(new string('x', 300 * 1024)).ToJson();

        using var response = await client.PostAsync(huge);

        await Problem.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Post_BodyOverDefaultLimitWithoutContentLength_Returns413Problem()
    {
        using var client = fixture.Host.NewChat();
        var huge = Encoding.UTF8.GetBytes(client.Message(new string('x', 300 * 1024)).ToJson());
        using var request = new HttpRequestMessage(HttpMethod.Post, BotClient.Endpoint)
        {
            // A stream of unknown length: the limit must hold while reading, not only on Content-Length.
            Content = new StreamContent(new UnseekableStream(huge)),
        };
        request.Content.Headers.ContentType = new("application/json");

        using var response = await client.Http.SendAsync(request);

        await Problem.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Post_BodyJustUnderDefaultLimit_IsAnswered()
    {
        using var client = fixture.Host.NewChat();

        var replies = await client.SendAsync(client.Message(new string('x', 200 * 1024)));

        Assert.Equal("Hi! What's your name?", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Post_BodyOverConfiguredLimit_Returns413Problem()
    {
        using var host = new BotHost { Settings = { ["CoachBot:MaxRequestBodyBytes"] = "2048" } };
        using var client = host.NewChat();

        using var small = await client.PostAsync(client.Message("hi").ToJson());
        using var large = await client.PostAsync(client.Message(new string('x', 3000)).ToJson());

        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        await Problem.AssertAsync(large, HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("someFutureType")]
    [InlineData("typing")]
    [InlineData("messageReaction")]
    public async Task Post_ActivityTheBotDoesNotAnswer_Returns200WithoutReply(string type)
    {
        using var client = fixture.Host.NewChat(expectReplies: false);

        var replies = await client.SendAsync(client.Prepare(ActivityJson.Of(type)));

        Assert.Empty(replies);
        Assert.DoesNotContain(fixture.Host.Connector.Calls, c => c.ConversationId == client.ConversationId);
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
