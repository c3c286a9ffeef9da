using System.Text.Json;

namespace CoachBot.Dialogs.Tests.Turns;

public class CardValueTests
{
    [Theory]
    [InlineData("""{"escalationAck":12}""", 12L)]
    [InlineData("""{"escalationAck":"12"}""", null)]
    [InlineData("""{"escalationAck":null}""", null)]
    [InlineData("""{"escalationAck":1.5}""", null)]
    [InlineData("""{"escalationAck":1e30}""", null)]
    [InlineData("""{"escalationAck":{"id":12}}""", null)]
    [InlineData("""[12]""", null)]
    [InlineData("""12""", null)]
    public void WholeNumberField_AnyJsonType_NumberOrAbsentNeverThrows(string json, long? expected) =>
        Assert.Equal(expected, CardValue.WholeNumberField(Parse(json), "escalationAck"));

    [Theory]
    [InlineData("""{"choice":"coach:helpful"}""", "coach:helpful")]
    [InlineData("""{"choice":5}""", null)]
    [InlineData("""{"choice":null}""", null)]
    [InlineData("""{"choice":["coach:helpful"]}""", null)]
    [InlineData("""null""", null)]
    public void TextField_AnyJsonType_StringOrAbsent(string json, string? expected) =>
        Assert.Equal(expected, CardValue.TextField(Parse(json), "choice"));

    [Theory]
    [InlineData("""{"action":{"data":{}}}""", true)]
    [InlineData("""{"action":"submit"}""", false)]
    [InlineData("""{"action":null}""", false)]
    [InlineData("""{"action":[{}]}""", false)]
    public void ObjectField_OnlyAnObjectCounts(string json, bool found) =>
        Assert.Equal(found, CardValue.ObjectField(Parse(json), "action") is not null);

    [Fact]
    public void Fields_NoValueAtAll_Absent()
    {
        Assert.Null(CardValue.Field(null, "choice"));
        Assert.Null(CardValue.TextField(null, "choice"));
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
