using System.Text.Json.Nodes;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Teams;

namespace CoachBot.Protocol.Tests.Teams;

public class TeamsActivityExtensionsTests
{
    private static readonly ChannelAccount Bot = new() { Id = "28:app-id", Name = "CoachBot" };
    private static readonly ChannelAccount User = new() { Id = "29:lan", Name = "Lan" };

    private static Activity Message(string text, params Entity[] entities) => new()
    {
        Type = ActivityTypes.Message,
        Id = "act-1",
        Text = text,
        From = User,
        Recipient = Bot,
        Conversation = new ConversationAccount { Id = "19:chan@thread.tacv2;messageid=1", TenantId = "conv-tenant" },
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        ChannelId = "msteams",
        Locale = "zh-CN",
        Entities = entities,
    };

    [Fact]
    public void GetTextWithoutBotMention_BotMentionEntity_RemovesMentionAndTrims()
    {
        var activity = Message("<at>CoachBot</at> guest wants 20% off ", Entity.CreateMention(Bot));

        Assert.Equal("guest wants 20% off", activity.GetTextWithoutBotMention());
    }

    [Fact]
    public void GetTextWithoutBotMention_MentionInMiddle_LeavesSingleSpace()
    {
        var activity = Message("hey <at>CoachBot</at> help", Entity.CreateMention(Bot));

        Assert.Equal("hey help", activity.GetTextWithoutBotMention());
    }

    [Fact]
    public void GetTextWithoutBotMention_OtherUserMentioned_KeepsTheirNameWithoutMarkup()
    {
        var activity = Message("<at>CoachBot</at> <at>Minh</at> is upset", Entity.CreateMention(Bot), Entity.CreateMention(new ChannelAccount { Id = "29:minh", Name = "Minh" }));

        Assert.Equal("Minh is upset", activity.GetTextWithoutBotMention());
    }

    [Fact]
    public void GetTextWithoutBotMention_MarkupWithoutEntity_RemovesLeadingMention()
    {
        var activity = Message("<at>Coach</at> 客人要求打折");

        Assert.Equal("客人要求打折", activity.GetTextWithoutBotMention());
    }

    [Fact]
    public void GetTextWithoutBotMention_BotNameMarkupWithoutEntity_Removed()
    {
        var activity = Message("please <at>coachbot</at> help", Entity.CreateMention(new ChannelAccount { Id = "29:minh", Name = "Minh" }));

        Assert.Equal("please help", activity.GetTextWithoutBotMention());
    }

    [Fact]
    public void GetTextWithoutBotMention_NoMention_TextUnchanged()
    {
        Assert.Equal("hello there", Message("hello there").GetTextWithoutBotMention());
    }

    [Fact]
    public void IsMentioned_OnlyForMentionedId()
    {
        var activity = Message("<at>CoachBot</at> hi", Entity.CreateMention(Bot));

        Assert.True(activity.IsMentioned("28:app-id"));
        Assert.False(activity.IsMentioned("28:other"));
    }

    [Fact]
    public void GetTenantId_ChannelDataTenant_WinsOverConversation()
    {
        var activity = Message("x");
        Assert.Equal("conv-tenant", activity.GetTenantId());

        activity.ChannelData = JsonNode.Parse("""{"tenant":{"id":"cd-tenant"}}""");
        Assert.Equal("cd-tenant", activity.GetTenantId());
    }

    [Fact]
    public void GetTeamAndChannel_FromChannelData()
    {
        var activity = Message("x");
        activity.ChannelData = JsonNode.Parse("""{"team":{"id":"19:team"},"channel":{"id":"19:chan"},"eventType":"teamMemberAdded"}""");

        Assert.Equal("19:team", activity.GetTeamId());
        Assert.Equal("19:chan", activity.GetTeamsChannelId());
        Assert.Equal("teamMemberAdded", activity.GetTeamsEventType());
    }

    [Fact]
    public void GetTeamId_ChannelDataNotAnObject_Null()
    {
        var activity = Message("x");
        activity.ChannelData = JsonValue.Create("weird");

        Assert.Null(activity.GetTeamId());
        Assert.Equal("conv-tenant", activity.GetTenantId());
    }

    [Fact]
    public void GetClientInfoLocale_ReadsClientInfoEntity()
    {
        var clientInfo = Entity.Create(EntityTypes.ClientInfo, new JsonObject { ["locale"] = "vi-VN" });

        Assert.Equal("vi-VN", Message("x", clientInfo).GetClientInfoLocale());
        Assert.Null(Message("x").GetClientInfoLocale());
    }

    [Fact]
    public void IsBotAdded_ConversationUpdateWithBotInMembersAdded_True()
    {
        var update = Message("x");
        update.Type = ActivityTypes.ConversationUpdate;
        update.MembersAdded = [User];
        Assert.False(update.IsBotAdded());

        update.MembersAdded = [User, new ChannelAccount { Id = Bot.Id }];
        Assert.True(update.IsBotAdded());
    }

    [Fact]
    public void CreateReply_SwapsPartiesAndKeepsAddress()
    {
        var incoming = Message("hi");

        var reply = incoming.CreateReply("Xin chào");

        Assert.True(reply.IsType(ActivityTypes.Message));
        Assert.Equal(Bot.Id, reply.From?.Id);
        Assert.Equal(User.Id, reply.Recipient?.Id);
        Assert.Equal(incoming.Conversation!.Id, reply.Conversation?.Id);
        Assert.Equal("act-1", reply.ReplyToId);
        Assert.Equal(incoming.ServiceUrl, reply.ServiceUrl);
        Assert.Equal("msteams", reply.ChannelId);
        Assert.Equal("zh-CN", reply.Locale);
        Assert.Equal("Xin chào", reply.Text);
        Assert.Null(reply.Id);
        Assert.Null(reply.Timestamp);
    }
}
