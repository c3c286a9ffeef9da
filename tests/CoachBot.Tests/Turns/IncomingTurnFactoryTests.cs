using System.Text.Json;
using CoachBot.Dialogs;
using CoachBot.Protocol.Schema;
using CoachBot.Turns;

namespace CoachBot.Tests.Turns;

/// <summary>Where a turn comes from decides what may be shown in it: a rep's notes only in a 1:1 chat.</summary>
public sealed class IncomingTurnFactoryTests
{
    [Theory]
    [InlineData("personal", null, ConversationTypes.Personal)]
    [InlineData("channel", null, ConversationTypes.Channel)]
    [InlineData(null, true, ConversationTypes.GroupChat)]
    [InlineData(null, false, ConversationTypes.Personal)]
    [InlineData(null, null, ConversationTypes.Personal)]
    public void Create_ConversationTypeOrIsGroup_TheTurnsKind(string? conversationType, bool? isGroup, string expected)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Conversation = new ConversationAccount { Id = "c-1", ConversationType = conversationType, IsGroup = isGroup },
            From = new ChannelAccount { Id = "u-1" },
            ServiceUrl = "https://smba.trafficmanager.net/amer/",
        };
        var inbound = ActivityReader.Read(JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Options)).Inbound;

        var turn = IncomingTurnFactory.Create(inbound!, "my notes", null, []);

        Assert.Equal(expected, turn.ConversationType);
    }
}
