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
    public void Read_UsableActivity_WhatATurnNeedsIsTypedNonNull()
    {
        var inbound = ActivityReader.Read(Encoding.UTF8.GetBytes(TeamsMessage)).Inbound;

        Assert.NotNull(inbound);
        Assert.Equal(("message", "a:1conv", "29:1user", "https://smba.trafficmanager.net/amer/"), (inbound.Type, inbound.ConversationId, inbound.SenderId, inbound.ServiceUrl));
        Assert.Equal("Lan Nguyen", inbound.Sender.Name);
    }

    [Fact]
    public void Read_NoServiceUrl_NoInboundActivity()
    {
        var result = ActivityReader.Read(Encoding.UTF8.GetBytes(TeamsMessage.Replace("\"serviceUrl\": \"https://smba.trafficmanager.net/amer/\",", "", StringComparison.Ordinal)));

        Assert.False(result.Succeeded);
        Assert.Null(result.Inbound);
        Assert.Contains("missing serviceUrl", result.Problems);
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

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xC0, 0x80 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xE2, 0x82 })]
    public void Read_InvalidUtf8InAFieldNotReadAsText_ReportsIt(byte[] bad)
    {
        var body = Splice("""{"type":"message","serviceUrl":"https://x.example/","from":{"id":"u"},"conversation":{"id":"c"},"channelData":{"tenant":{"id":"@"}}}""", bad);

        var result = ActivityReader.Read(body);

        Assert.Equal(["the body is not valid UTF-8"], result.Problems);
    }

    [Theory]
    [InlineData(@"\ud800")]
    [InlineData(@"\udc00")]
    [InlineData(@"\udc00\ud800")]
    [InlineData(@"x\ud83dy")]
    [InlineData(@"\ud83d\u0041")]
    [InlineData(@"\\\ud800")]
    public void Read_UnpairedSurrogateEscapeAnywhere_ReportsIt(string escaped)
    {
        var body = $$$"""{"type":"message","serviceUrl":"https://x.example/","from":{"id":"u"},"conversation":{"id":"c"},"value":{"choice":"{{{escaped}}}"}}""";

        var result = ActivityReader.Read(Encoding.UTF8.GetBytes(body));

        Assert.False(result.Succeeded);
        Assert.Contains("surrogate", Assert.Single(result.Problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"\ud83d\ude00")]
    [InlineData(@"\\ud800")]
    [InlineData(@"\uFFFE")]
    [InlineData(@"a\\b\n\u0041")]
    public void Read_ValidEscapes_Accepted(string escaped)
    {
        var body = $$$"""{"type":"message","serviceUrl":"https://x.example/","from":{"id":"u"},"conversation":{"id":"c"},"value":{"choice":"{{{escaped}}}"}}""";

        var result = ActivityReader.Read(Encoding.UTF8.GetBytes(body));

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
    }

    [Theory]
    [InlineData("""{"type":"message","type":"invoke","serviceUrl":"https://x.example/","from":{"id":"u"},"conversation":{"id":"c"}}""")]
    [InlineData("""{"type":"message","serviceUrl":"https://x.example/","from":{"id":"u","id":"v"},"conversation":{"id":"c"}}""")]
    [InlineData("""{"type":"message","serviceUrl":"https://x.example/","from":{"id":"u"},"conversation":{"id":"c"},"value":{"a":{"k":1,"k":2}}}""")]
    [InlineData("""{"type":"message","serviceUrl":"https://x.example/","from":{"id":"u"},"conversation":{"id":"c"},"channelData":{"secretKeyName":1,"secretKeyName":2}}""")]
    [InlineData("""{"type":"message","serviceUrl":"https://x.example/","from":{"id":"u"},"conversation":{"id":"c"},"future":1,"future":2}""")]
    public void Read_RepeatedPropertyName_ReportedWithoutNamingIt(string body)
    {
        var result = ActivityReader.Read(Encoding.UTF8.GetBytes(body));

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems);
        Assert.Contains("repeated", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("secretKeyName", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NullsInsideLists_Dropped()
    {
        var body = """{"type":"conversationUpdate","serviceUrl":"https://x.example/","from":{"id":"u"},"conversation":{"id":"c"},"entities":[null,{"type":"clientInfo"}],"membersAdded":[null,{"id":"b"},null],"membersRemoved":[null],"attachments":[null]}""";

        var result = ActivityReader.Read(Encoding.UTF8.GetBytes(body));

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Equal("clientInfo", Assert.Single(result.Activity.Entities!).Type);
        Assert.Equal("b", Assert.Single(result.Activity.MembersAdded!).Id);
        Assert.Empty(result.Activity.MembersRemoved!);
        Assert.Empty(result.Activity.Attachments!);
    }

    private static byte[] Splice(string json, byte[] bad)
    {
        var at = json.IndexOf('@', StringComparison.Ordinal);
        return [.. Encoding.UTF8.GetBytes(json[..at]), .. bad, .. Encoding.UTF8.GetBytes(json[(at + 1)..])];
    }
}
