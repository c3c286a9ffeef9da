using System.Net;
using System.Text.Json.Nodes;
using CoachBot.Tests.Support;

namespace CoachBot.Tests.Endpoints;

/// <summary>How the answer travels: in the HTTP response (expectReplies, invoke) or through the Connector.</summary>
public sealed class MessagesEndpointDeliveryTests(InMemoryBotFixture fixture) : IClassFixture<InMemoryBotFixture>
{
    private FakeConnector Connector => fixture.Host.Connector;

    [Fact]
    public async Task Post_ExpectReplies_AnswersInTheBodyAndNeverCallsTheConnector()
    {
        using var client = fixture.Host.NewChat();
        var activity = client.Message("hi");

        using var response = await client.PostAsync(activity.ToJson());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var reply = Assert.Single(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray())!;
        Assert.Equal("message", (string?)reply["type"]);
        Assert.Equal("Hi! What's your name?", (string?)reply["text"]);
        Assert.Equal(activity.Id, (string?)reply["replyToId"]);
        Assert.Equal(ActivityJson.BotId, (string?)reply["from"]!["id"]);
        Assert.Equal(client.UserId, (string?)reply["recipient"]!["id"]);
        Assert.Equal(client.ConversationId, (string?)reply["conversation"]!["id"]);
        Assert.DoesNotContain(Connector.Calls, c => c.ConversationId == client.ConversationId);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("someFutureType")]
    public async Task Post_ExpectRepliesForAnActivityTheBotIgnores_AnswersAnEmptyActivityList(string type)
    {
        using var client = fixture.Host.NewChat();

        using var response = await client.PostAsync(client.Prepare(ActivityJson.Of(type)).ToJson());

        // A caller that asked for expectReplies parses the body as ExpectedReplies, so it must be there.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(body.Length > 0, "the body is empty");
        Assert.Empty(JsonNode.Parse(body)!["activities"]!.AsArray());
    }

    [Fact]
    public async Task Post_NormalDelivery_Answers200EmptyAndRepliesThroughTheConnector()
    {
        // A Teams-like id with characters that must be escaped in the URL path.
        using var teamsClient = new BotClient(fixture.Host.CreateClient(), Connector) { ExpectReplies = false, ConversationId = $"a:1{Guid.NewGuid():N}@thread.v2" };
        var activity = teamsClient.Message("hi");

        using var response = await teamsClient.PostAsync(activity.ToJson());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        var call = Assert.Single(Connector.DeliveredTo(teamsClient.ConversationId));
        Assert.Equal(HttpMethod.Post, call.Method);
        Assert.Equal("smba.test", call.Uri.Host);
        Assert.Equal(
            $"/amer/v3/conversations/{Uri.EscapeDataString(teamsClient.ConversationId)}/activities/{Uri.EscapeDataString(activity.Id)}",
            call.Path);
        Assert.Equal("Hi! What's your name?", call.Message.Text);
        Assert.Equal(activity.Id, (string?)call.Body!["replyToId"]);
    }

    [Fact]
    public async Task Post_ConnectorThrottlesOnce_ReplyArrivesOnceAfterRetryAfter()
    {
        using var host = new BotHost();
        using var client = host.NewChat(expectReplies: false);
        host.Connector.FailNext(1, HttpStatusCode.TooManyRequests, "Throttled", retryAfter: TimeSpan.FromSeconds(1));
        var hi = client.Message("hi");

        var replies = await client.SendAsync(hi);

        Assert.Equal("Hi! What's your name?", Assert.Single(replies).Text);
        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.OK], host.Connector.Calls.Select(c => c.StatusCode));
    }

    [Fact]
    public async Task Dialog_WholeDemoThroughTheConnector_EveryReplyArrivesInOrder()
    {
        using var client = fixture.Host.NewChat(expectReplies: false);
        var chat = new Transcript(client);

        await chat.Says("hi").BotReplies("Hi! What's your name?");
        await chat.Says("Hana").BotAsks("Which team are you on?", "Front desk", "Sales", "Food & beverage");
        await chat.Says("Sales").BotAsks("So you are Hana from Sales. Is that right?", "Yes", "No");
        await chat.Says("no").BotReplies("No problem, let's start again.", "Hi! What's your name?");

        Assert.Equal(5, Connector.DeliveredTo(client.ConversationId).Count);
    }

    [Fact]
    public async Task Invoke_AdaptiveCardAction_AnswersWithAMessageResponseAndRunsTheDialog()
    {
        using var client = fixture.Host.NewChat(expectReplies: false);
        await client.SendAsync("hi");
        await client.SendAsync("Ivy");
        var action = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "choose", ["data"] = new JsonObject { ["choice"] = "sales" } },
            ["trigger"] = "manual",
        };
        var invoke = client.Prepare(ActivityJson.Invoke("adaptiveCard/action", action)).Remove("deliveryMode");

        using var response = await client.PostAsync(invoke.ToJson());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        Assert.NotNull(body["value"]);
        Assert.Equal("So you are Ivy from Sales. Is that right?", Assert.Single(client.RepliesTo(invoke)).Text);
    }

    [Fact]
    public async Task Invoke_MessageSubmitAction_Answers200Empty()
    {
        using var client = fixture.Host.NewChat(expectReplies: false);
        var feedback = new JsonObject { ["actionName"] = "feedback", ["actionValue"] = new JsonObject { ["reaction"] = "like", ["feedback"] = "{}" } };
        var invoke = client.Prepare(ActivityJson.Invoke("message/submitAction", feedback));

        using var response = await client.PostAsync(invoke.ToJson());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(client.RepliesTo(invoke));
    }

    [Fact]
    public async Task Invoke_UnknownName_Returns501()
    {
        using var client = fixture.Host.NewChat(expectReplies: false);

        using var response = await client.PostAsync(client.Prepare(ActivityJson.Invoke("composeExtension/query", new JsonObject())).ToJson());

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }
}
