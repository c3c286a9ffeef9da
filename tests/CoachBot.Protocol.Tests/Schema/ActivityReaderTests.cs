using System.Text;
using CoachBot.Protocol.Schema;

namespace CoachBot.Protocol.Tests.Schema;

public class ActivityReaderTests
{
    private const string TeamsMessage = """
        {
          "type": "message",
          "id": "1712345678901",
          "timestamp": "2024-04-05T10:11:12.345Z",
          "localTimestamp": "2024-04-05T17:11:12.345+07:00",
          "serviceUrl": "https://smba.trafficmanager.net/amer/",
          "channelId": "msteams",
          "from": { "id": "29:1user", "name": "Lan Nguyen", "aadObjectId": "aad-1", "role": "user" },
          "recipient": { "id": "28:app-id", "name": "CoachBot", "role": "bot" },
          "conversation": { "id": "a:1conv", "conversationType": "personal", "tenantId": "tenant-1" },
          "text": "khách phàn nàn về phòng",
          "textFormat": "plain",
          "locale": "vi-VN",
          "entities": [ { "type": "clientInfo", "locale": "vi-VN", "country": "VN", "platform": "Web", "timezone": "Asia/Saigon" } ],
          "channelData": { "tenant": { "id": "tenant-1" } }
        }
        """;

    [Fact]
    public void Read_TeamsMessage_ParsesTypedFields()
    {
        var result = ActivityReader.Read(Encoding.UTF8.GetBytes(TeamsMessage));

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        var activity = result.Activity;
        Assert.True(activity.IsType(ActivityTypes.Message));
        Assert.Equal("29:1user", activity.From?.Id);
        Assert.Equal("aad-1", activity.From?.AadObjectId);
        Assert.Equal("a:1conv", activity.Conversation?.Id);
        Assert.Equal("personal", activity.Conversation?.ConversationType);
        Assert.Equal("khách phàn nàn về phòng", activity.Text);
        Assert.Equal(new DateTimeOffset(2024, 4, 5, 10, 11, 12, 345, TimeSpan.Zero), activity.Timestamp);
        Assert.Equal(TimeSpan.FromHours(7), activity.LocalTimestamp?.Offset);
        Assert.Equal("clientInfo", Assert.Single(activity.Entities!).Type);
    }

    [Fact]
    public async Task ReadAsync_Stream_GivesSameActivityAsBytes()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(TeamsMessage));

        var result = await ActivityReader.ReadAsync(stream, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal("1712345678901", result.Activity.Id);
        Assert.Equal("https://smba.trafficmanager.net/amer/", result.Activity.ServiceUrl);
    }

    [Theory]
    [InlineData("{\"type\":\"message\",")]
    [InlineData("")]
    [InlineData("[1,2]")]
    [InlineData("not json")]
    public void Read_MalformedJson_ReportsMalformed(string body)
    {
        var result = ActivityReader.Read(Encoding.UTF8.GetBytes(body));

        Assert.False(result.Succeeded);
        Assert.Null(result.Activity);
        Assert.Contains(result.Problems, p => p.StartsWith("malformed JSON", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_JsonNull_IsAProblem()
    {
        var result = ActivityReader.Read("null"u8);

        Assert.False(result.Succeeded);
        Assert.Single(result.Problems);
    }

    [Fact]
    public void Read_EmptyObject_ReportsEveryMissingField()
    {
        var result = ActivityReader.Read("{}"u8);

        Assert.False(result.Succeeded);
        Assert.Equal(
            ["missing type", "missing conversation.id", "missing from.id", "missing serviceUrl"],
            result.Problems);
    }

    [Theory]
    [InlineData("/relative/path")]
    [InlineData("ftp://files.example.com/")]
    [InlineData("smba.trafficmanager.net/amer/")]
    public void Read_ServiceUrlNotAbsoluteHttp_ReportsServiceUrl(string serviceUrl)
    {
        var body = $$$"""{"type":"message","serviceUrl":"{{{serviceUrl}}}","from":{"id":"u"},"conversation":{"id":"c"}}""";

        var result = ActivityReader.Read(Encoding.UTF8.GetBytes(body));

        Assert.Equal(["serviceUrl is not an absolute http or https URL"], result.Problems);
    }

    [Fact]
    public void Read_UnknownType_ParsesWithoutProblems()
    {
        var body = """{"type":"somethingNew","serviceUrl":"http://localhost:3978/","from":{"id":"u"},"conversation":{"id":"c"}}""";

        var result = ActivityReader.Read(Encoding.UTF8.GetBytes(body));

        Assert.True(result.Succeeded);
        Assert.Equal("somethingNew", result.Activity.Type);
    }

    [Fact]
    public void Read_TypeInOtherCase_IsNotTheKnownType()
    {
        var body = """{"type":"Message","serviceUrl":"https://x.example/","from":{"id":"u"},"conversation":{"id":"c"}}""";

        var result = ActivityReader.Read(Encoding.UTF8.GetBytes(body));

        Assert.True(result.Succeeded);
        Assert.False(result.Activity.IsType(ActivityTypes.Message));
    }
}
