using CoachBot.Tests.Support;

namespace CoachBot.Tests.Turns;

/// <summary>The bot greets once when it is added, however often Teams tells it so.</summary>
public sealed class ActivityRouterWelcomeTests(SqliteBotFixture fixture) : IClassFixture<SqliteBotFixture>
{
    [Fact]
    public async Task Route_BotAdded_WelcomesAndAsksTheFirstQuestion()
    {
        using var client = fixture.Host.NewChat(expectReplies: false);

        var replies = await client.SendAsync(client.Prepare(ActivityJson.BotAdded()));

        Assert.Equal(["Hi! I'm here to help. Type help to see what I can do.", "Hi! What's your name?"], replies.Select(r => r.Text));
        await new Transcript(client).Says("Sam").BotAsks("Which team are you on?", "Front desk", "Sales", "Food & beverage");
    }

    [Fact]
    public async Task Route_BotAddedAgainWithANewActivityId_NoSecondWelcome()
    {
        using var client = fixture.Host.NewChat(expectReplies: false);
        await client.SendAsync(client.Prepare(ActivityJson.BotAdded()));

        var again = await client.SendAsync(client.Prepare(ActivityJson.BotAdded()));

        Assert.Empty(again);
        Assert.Equal(2, fixture.Host.Connector.DeliveredTo(client.ConversationId).Count);
    }

    [Fact]
    public async Task Route_SomeoneElseAdded_NoWelcome()
    {
        using var client = fixture.Host.NewChat(expectReplies: false);
        var userAdded = ActivityJson.Of("conversationUpdate")
            .Set("membersAdded", new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["id"] = "29:user-bob", ["name"] = "Bob" }));

        var replies = await client.SendAsync(client.Prepare(userAdded));

        Assert.Empty(replies);
    }
}
