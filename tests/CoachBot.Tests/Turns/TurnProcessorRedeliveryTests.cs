using System.Text.Json.Nodes;
using CoachBot.Tests.Support;

namespace CoachBot.Tests.Turns;

/// <summary>Teams re-sends an activity it got no timely answer for; the user must not see the turn twice.</summary>
public sealed class TurnProcessorRedeliveryTests(SqliteBotFixture fixture) : IClassFixture<SqliteBotFixture>
{
    [Fact]
    public async Task Process_SameActivityTwiceWithExpectReplies_SameAnswerAndTheDialogAdvancesOnce()
    {
        using var client = fixture.Host.NewChat();
        var chat = new Transcript(client);
        await chat.Says("hi").BotReplies("Hi! What's your name?");
        await chat.Says("Jun").BotAsks("Which team are you on?", "Front desk", "Sales", "Food & beverage");
        await chat.Says("Sales").BotAsks("So you are Jun from Sales. Is that right?", "Yes", "No");
        var yes = client.Message("yes");

        using var first = await client.PostAsync(yes.ToJson());
        using var again = await client.PostAsync(yes.ToJson());

        var firstBody = await first.Content.ReadAsStringAsync();
        var againBody = await again.Content.ReadAsStringAsync();
        Assert.Equal("Great, Jun! You're all set. Type help to see what I can do.", Assert.Single(BotClient.RepliesIn(firstBody)).Text);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(firstBody), JsonNode.Parse(againBody)), $"{firstBody}\n!=\n{againBody}");

        // Had "yes" run twice, the second would have begun a new demo and this would answer the name question.
        await chat.Says("hello").BotReplies("Hi! What's your name?");
    }

    [Fact]
    public async Task Process_SameActivityTwiceWithNormalDelivery_ConnectorGetsTheReplyOnce()
    {
        using var client = fixture.Host.NewChat(expectReplies: false);
        var hi = client.Message("hi");

        await client.SendAsync(hi);
        await client.SendAsync(hi);

        var delivered = fixture.Host.Connector.DeliveredTo(client.ConversationId);
        Assert.Equal("Hi! What's your name?", Assert.Single(delivered).Message.Text);
    }

    [Fact]
    public async Task Process_SameActivityIdInAnotherConversation_IsANewTurn()
    {
        using var first = fixture.Host.NewChat();
        using var second = fixture.Host.NewChat();
        var sharedId = ActivityJson.NewId();

        var firstReplies = await first.SendAsync(first.Message("hi").WithId(sharedId));
        var secondReplies = await second.SendAsync(second.Message("hi").WithId(sharedId));

        Assert.Equal("Hi! What's your name?", Assert.Single(firstReplies).Text);
        Assert.Equal("Hi! What's your name?", Assert.Single(secondReplies).Text);
    }
}
