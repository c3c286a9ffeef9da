using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoachBot.Tests.Support;

namespace CoachBot.Tests.Endpoints;

/// <summary>
/// Inputs a channel or a pasted message can produce that once made the coaching bot answer 500: type-confused
/// card values, nulls inside arrays, invalid text inside fields the bot does not read as strings, duplicate keys,
/// and a noncharacter in the text. Each gets a 4xx problem or a normal answer, never a 5xx.
/// </summary>
public sealed class MessagesEndpointHostileInputTests(CoachingBotFixture fixture) : IClassFixture<CoachingBotFixture>
{
    private const string Marker = "\"@@RAW@@\"";

    [Theory]
    [InlineData("""{"action":null}""")]
    [InlineData("""{"action":"submit"}""")]
    [InlineData("""{"action":[1,2]}""")]
    [InlineData("""{"action":{"data":"coach:helpful"}}""")]
    public async Task Post_CardSubmitWhoseActionIsNotAnObject_AnsweredAsAnyOtherSubmit(string value)
    {
        using var client = fixture.Host.NewChat();

        await client.SendAsync(client.Message(null).Set("value", JsonNode.Parse(value)));
    }

    [Theory]
    [InlineData("""{"escalationAck":"12"}""")]
    [InlineData("""{"escalationAck":null}""")]
    [InlineData("""{"escalationAck":{"id":12}}""")]
    [InlineData("""{"escalationAck":true}""")]
    public async Task Post_AcknowledgeWhoseIdIsNotANumber_IsNotTakenForAnAcknowledge(string value)
    {
        using var client = fixture.Host.NewChat();

        var replies = await client.SendAsync(client.Message(null).Set("value", JsonNode.Parse(value)));

        Assert.DoesNotContain(replies, r => r.Text == "Only a duty manager or supervisor can do that.");
    }

    [Theory]
    [InlineData("""{"action":null}""")]
    [InlineData("""{"action":"execute"}""")]
    [InlineData("""{"action":{"type":"Action.Execute","data":null}}""")]
    public async Task Post_AdaptiveCardActionInvokeWithOddValue_Answers200(string value)
    {
        using var client = fixture.Host.NewChat(expectReplies: false);

        using var response = await client.PostAsync(client.Prepare(ActivityJson.Invoke("adaptiveCard/action", JsonNode.Parse(value))).ToJson());

        await AssertOkAsync(response);
    }

    [Theory]
    [InlineData("""{"actionName":"feedback","actionValue":"like"}""")]
    [InlineData("""{"actionName":"feedback","actionValue":null}""")]
    [InlineData("""{"actionName":"feedback","actionValue":{"reaction":5}}""")]
    [InlineData("""{"actionName":"feedback","actionValue":{"reaction":null}}""")]
    [InlineData("""{"actionName":"feedback","actionValue":["like"]}""")]
    public async Task Post_FeedbackInvokeWithOddActionValue_Answers200(string value)
    {
        using var client = fixture.Host.NewChat(expectReplies: false);

        using var response = await client.PostAsync(client.Prepare(ActivityJson.Invoke("message/submitAction", JsonNode.Parse(value))).ToJson());

        await AssertOkAsync(response);
    }

    [Fact]
    public async Task Post_NullInsideEntities_TheOtherEntitiesStillCount()
    {
        using var client = fixture.Host.NewChat();
        var message = client.Message("<at>CoachBot</at> help").InConversation($"19:group-{Guid.NewGuid():N}", "groupChat").MentioningBot();
        message.Node["entities"]!.AsArray().Insert(0, null);

        var replies = await client.SendAsync(message);

        Assert.NotEmpty(replies);
    }

    [Fact]
    public async Task Post_NullInsideMembersAdded_TheBotIsStillWelcomed()
    {
        using var client = fixture.Host.NewChat();
        var added = client.Prepare(ActivityJson.BotAdded());
        added.Node["membersAdded"]!.AsArray().Insert(0, null);

        var replies = await client.SendAsync(added);

        Assert.NotEmpty(replies);
    }

    [Fact]
    public async Task Post_NullInsideMembersRemoved_Answers200()
    {
        using var client = fixture.Host.NewChat();
        var removed = client.Prepare(ActivityJson.Of("conversationUpdate")).Set("membersRemoved", new JsonArray(null, new JsonObject { ["id"] = "29:someone-else" }));

        await client.SendAsync(removed);
    }

    [Theory]
    [InlineData("channelData", "invalid UTF-8")]
    [InlineData("channelData", "lone surrogate")]
    [InlineData("value", "invalid UTF-8")]
    [InlineData("value", "lone surrogate")]
    [InlineData("unknown field", "invalid UTF-8")]
    [InlineData("unknown field", "lone surrogate")]
    [InlineData("unknown field of from", "lone surrogate")]
    public async Task Post_InvalidTextOutsideTheTextField_Returns400Problem(string where, string what)
    {
        using var client = fixture.Host.NewChat();
        var message = client.Message(null);
        _ = where switch
        {
            "channelData" => message.Set("channelData", new JsonObject { ["tenant"] = new JsonObject { ["id"] = "@@RAW@@" } }),
            "value" => message.Set("value", new JsonObject { ["choice"] = "@@RAW@@" }),
            "unknown field" => message.Set("someFutureField", "@@RAW@@"),
            _ => message.Set("from", new JsonObject { ["id"] = client.UserId, ["nickname"] = "@@RAW@@" }),
        };
        byte[] bad = what == "invalid UTF-8" ? [(byte)'"', 0x41, 0xC3, 0x28, 0xFF, (byte)'"'] : Encoding.ASCII.GetBytes("\"a\\ud800b\"");

        using var response = await client.PostBytesAsync(Splice(message, bad));

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("channelData")]
    [InlineData("value")]
    public async Task Post_DuplicateKey_Returns400ProblemThatDoesNotEchoTheKey(string where)
    {
        using var client = fixture.Host.NewChat();
        var message = client.Message("hello").Set(where, "@@RAW@@");
        var duplicated = """{"tenant":{"id":"tenant-1"},"choice":"x","secretKeyName":1,"secretKeyName":2}""";

        using var response = await client.PostBytesAsync(Splice(message, Encoding.UTF8.GetBytes(duplicated)));

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.DoesNotContain("secretKeyName", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The guest is shouting\uFFFE his bag is lost and he wants money")]
    [InlineData("\uFFFE")]
    [InlineData("help\uFFFF")]
    public async Task Post_TextWithANoncharacter_IsAnswered(string text)
    {
        using var client = fixture.Host.NewChat();

        var replies = await client.SendAsync(text);

        Assert.NotEmpty(replies);
    }

    private static async Task AssertOkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {body[..Math.Min(body.Length, 600)]}");
    }

    /// <summary>The activity's UTF-8 bytes with the JSON string "@@RAW@@" replaced by <paramref name="raw"/>, byte for byte.</summary>
    private static byte[] Splice(ActivityJson activity, byte[] raw)
    {
        var json = activity.ToJson();
        var at = json.IndexOf(Marker, StringComparison.Ordinal);
        Assert.True(at >= 0, "The activity has no marker to replace.");
        return [.. Encoding.UTF8.GetBytes(json[..at]), .. raw, .. Encoding.UTF8.GetBytes(json[(at + Marker.Length)..])];
    }
}
