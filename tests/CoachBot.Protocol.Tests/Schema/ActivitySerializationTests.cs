using System.Text.Json.Nodes;
using CoachBot.Protocol.Schema;

namespace CoachBot.Protocol.Tests.Schema;

public class ActivitySerializationTests
{
    [Fact]
    public void Serialize_ParsedActivity_KeepsUnknownFieldsAndEntities()
    {
        var body = """
            {
              "type": "message",
              "serviceUrl": "https://smba.trafficmanager.net/amer/",
              "from": { "id": "29:u", "futureAccountField": 7 },
              "conversation": { "id": "c", "tenantId": "t" },
              "futureTopLevel": { "nested": [1, "two", null] },
              "importance": "high",
              "entities": [
                { "type": "mention", "mentioned": { "id": "28:bot", "name": "CoachBot" }, "text": "<at>CoachBot</at>" },
                { "type": "https://schema.org/Message", "@type": "Message", "@context": "https://schema.org", "additionalType": ["AIGeneratedContent"] }
              ],
              "channelData": { "tenant": { "id": "t" }, "eventType": "editMessage" },
              "value": { "action": { "type": "Action.Execute", "verb": "ack" } }
            }
            """;
        var activity = ActivityReader.Read(System.Text.Encoding.UTF8.GetBytes(body)).Activity!;

        var written = JsonNode.Parse(ProtocolJson.Serialize(activity))!;

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(body), written), written.ToJsonString());
    }

    [Fact]
    public void Serialize_NewReply_OmitsNullsAndUsesCamelCase()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "Xin chào",
            ReplyToId = "1",
            Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = new JsonObject { ["version"] = "1.5" } }],
        };

        var json = ProtocolJson.Serialize(activity);

        Assert.Equal(
            """{"type":"message","replyToId":"1","text":"Xin chào","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"version":"1.5"}}]}""",
            json);
    }

    [Fact]
    public void Serialize_ExpectedReplies_WritesActivitiesArray()
    {
        var replies = new ExpectedReplies([new Activity { Type = ActivityTypes.Message, Text = "hi" }]);

        var json = ProtocolJson.Serialize(replies);

        Assert.Equal("""{"activities":[{"type":"message","text":"hi"}]}""", json);
    }

    [Fact]
    public void Serialize_AdaptiveCardInvokeResponse_UsesProtocolNames()
    {
        var response = new AdaptiveCardInvokeResponse(200, AdaptiveCardInvokeResponse.MessageType, JsonValue.Create("Done"));

        Assert.Equal(
            """{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"Done"}""",
            ProtocolJson.Serialize(response));
    }

    [Fact]
    public void ExpectsReplies_DeliveryModeExpectReplies_True()
    {
        Assert.True(new Activity { DeliveryMode = "expectReplies" }.ExpectsReplies);
        Assert.False(new Activity { DeliveryMode = "notification" }.ExpectsReplies);
        Assert.False(new Activity().ExpectsReplies);
    }
}
