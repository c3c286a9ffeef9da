using System.Text.Json.Nodes;
using CoachBot.Tests.Support;

namespace CoachBot.Tests.Turns;

/// <summary>In group chats and channels the bot speaks only when mentioned, but always handles its own cards.</summary>
public sealed class ActivityRouterGroupChatTests(InMemoryBotFixture fixture) : IClassFixture<InMemoryBotFixture>
{
    [Theory]
    [InlineData("channel")]
    [InlineData("groupChat")]
    public async Task Route_MessageWithoutMention_StaysSilent(string conversationType)
    {
        using var client = NewGroupClient();

        var replies = await client.SendAsync(client.Message("morning everyone, the lobby is busy").InConversation(client.ConversationId, conversationType));

        Assert.Empty(replies);
        Assert.DoesNotContain(fixture.Host.Connector.Calls, c => c.ConversationId == client.ConversationId);
    }

    [Fact]
    public async Task Route_MessageMentioningTheBot_AnswersWithoutTheMentionInTheText()
    {
        using var client = NewGroupClient();
        await client.SendAsync(Channel(client, $"<at>{ActivityJson.BotName}</at> hi").MentioningBot());

        var replies = await client.SendAsync(Channel(client, $"<at>{ActivityJson.BotName}</at> Tuan").MentioningBot());

        // The name is "Tuan", not "<at>CoachBot</at> Tuan": the card submit below shows what was stored.
        var card = Assert.Single(replies);
        Assert.Equal("Which team are you on?", card.Text);
        var confirm = await client.SendAsync(Channel(client, null).Set("value", new JsonObject { ["choice"] = card.SubmitValueOf("Sales") }));
        Assert.Equal("So you are Tuan from Sales. Is that right?", Assert.Single(confirm).Text);
    }

    [Fact]
    public async Task Route_CardSubmitInChannelWithoutMention_IsHandled()
    {
        using var client = NewGroupClient();
        await client.SendAsync(Channel(client, $"<at>{ActivityJson.BotName}</at> hello").MentioningBot());
        await client.SendAsync(Channel(client, $"<at>{ActivityJson.BotName}</at> Uyen").MentioningBot());

        var replies = await client.SendAsync(Channel(client, null).Set("value", new JsonObject { ["choice"] = "sales" }));

        Assert.Equal("So you are Uyen from Sales. Is that right?", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Route_TwoStaffInOneChannel_EachHasTheirOwnDialog()
    {
        using var alice = NewGroupClient();
        using var bob = new BotClient(fixture.Host.CreateClient(), fixture.Host.Connector)
        {
            ExpectReplies = false,
            ConversationId = alice.ConversationId,
            UserId = "29:user-bob",
            UserName = "Bob",
        };
        await alice.SendAsync(Channel(alice, $"<at>{ActivityJson.BotName}</at> hi").MentioningBot());
        await bob.SendAsync(Channel(bob, $"<at>{ActivityJson.BotName}</at> hi").MentioningBot());

        var aliceNext = await alice.SendAsync(Channel(alice, $"<at>{ActivityJson.BotName}</at> Alice").MentioningBot());
        var bobNext = await bob.SendAsync(Channel(bob, $"<at>{ActivityJson.BotName}</at> Bob").MentioningBot());

        Assert.Equal("Which team are you on?", Assert.Single(aliceNext).Text);
        Assert.Equal("Which team are you on?", Assert.Single(bobNext).Text);
    }

    private BotClient NewGroupClient() => new(fixture.Host.CreateClient(), fixture.Host.Connector)
    {
        ExpectReplies = false,
        ConversationId = $"19:{Guid.NewGuid():N}@thread.tacv2;messageid=1712345678901",
    };

    private static ActivityJson Channel(BotClient client, string? text) =>
        client.Message(text).InConversation(client.ConversationId, "channel")
            .Set("channelData", new JsonObject
            {
                ["tenant"] = new JsonObject { ["id"] = "tenant-1" },
                ["team"] = new JsonObject { ["id"] = "19:team@thread.tacv2" },
                ["channel"] = new JsonObject { ["id"] = "19:channel@thread.tacv2" },
            });
}
