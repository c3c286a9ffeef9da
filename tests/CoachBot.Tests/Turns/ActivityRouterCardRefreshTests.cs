using System.Net;
using System.Text.Json.Nodes;
using CoachBot.Tests.Coaching.Support;
using CoachBot.Tests.Support;
using CoachBot.Tests.Turns.Support;

namespace CoachBot.Tests.Turns;

/// <summary>
/// A refinement button pressed in Teams (Action.Execute) updates the card it is on; pressed where only its
/// Action.Submit fallback works, the updated card comes as a new message.
/// </summary>
public sealed class ActivityRouterCardRefreshTests(CardDialogFixture fixture) : IClassFixture<CardDialogFixture>
{
    private const string CardType = "application/vnd.microsoft.card.adaptive";

    [Fact]
    public async Task Invoke_RefreshingReply_CardComesBackInTheInvokeResponseAndIsNotSentAsAMessage()
    {
        using var client = fixture.Host.NewChat(expectReplies: false);
        var invoke = Execute(client, "refine:compensation=yes");

        using var response = await client.PostAsync(invoke.ToJson());

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(200, (int?)body["statusCode"]);
        Assert.Equal(CardType, (string?)body["type"]);
        Assert.Equal("AdaptiveCard", (string?)body["value"]!["type"]);
        Assert.Equal("Refined: compensation=yes", (string?)body["value"]!["body"]![0]!["text"]);
        Assert.Equal(["Noted: compensation=yes"], client.RepliesTo(invoke).Select(m => m.Text));
        CardSample.Matches("advice-card-refreshed", body["value"]!);
    }

    [Fact]
    public async Task Invoke_RefreshedCard_KeepsMoreFormAndRefreshingButtonsWithoutCitationMarkers()
    {
        using var client = fixture.Host.NewChat(expectReplies: false);

        using var response = await client.PostAsync(Execute(client, "refine:compensation=no").ToJson());

        var card = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!;
        Assert.Equal(
            ["Action.Execute", "Action.Submit", "Action.ShowCard", "Action.ShowCard"],
            card["actions"]!.AsArray().Select(a => (string?)a!["type"]));

        // The invoke response cannot carry the citation entity, so no [n] may point at the old message's sources.
        Assert.Equal("Say now: I am so sorry about your bag.", (string?)card["body"]![1]!["text"]);
    }

    [Fact]
    public async Task Invoke_RedeliveredRefresh_SameCardAndTheNoteIsSentOnce()
    {
        using var client = fixture.Host.NewChat(expectReplies: false);
        var invoke = Execute(client, "refine:compensation=unsure");

        using var first = await client.PostAsync(invoke.ToJson());
        using var again = await client.PostAsync(invoke.ToJson());

        var firstBody = await first.Content.ReadAsStringAsync();
        var againBody = await again.Content.ReadAsStringAsync();
        Assert.Equal(CardType, (string?)JsonNode.Parse(firstBody)!["type"]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(firstBody), JsonNode.Parse(againBody)), $"{firstBody}\n!=\n{againBody}");
        Assert.Equal(["Noted: compensation=unsure"], fixture.Host.Connector.DeliveredTo(client.ConversationId).Select(c => c.Message.Text));
    }

    [Fact]
    public async Task Invoke_NoRefreshingReply_MessageResponseAndTheRepliesAreSent()
    {
        using var client = fixture.Host.NewChat(expectReplies: false);
        var invoke = Execute(client, "not-a-refinement");

        using var response = await client.PostAsync(invoke.ToJson());

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        Assert.Equal("Guest lost his bag", Card.Title(Assert.Single(client.RepliesTo(invoke))));
    }

    [Fact]
    public async Task Message_SubmitFallbackOfARefreshingButton_RefreshedCardArrivesAsANewMessage()
    {
        using var client = fixture.Host.NewChat();
        var submit = client.Message(null).Set("value", new JsonObject { ["choice"] = "refine:compensation=yes" });

        var replies = await client.SendAsync(submit);

        Assert.Equal(2, replies.Count);
        Assert.Equal("Refined: compensation=yes", Card.Title(replies[0]));
        Assert.Equal("Noted: compensation=yes", replies[1].Text);
    }

    [Fact]
    public async Task Message_FormSubmitted_TheDialogsGetTheChoiceAndEveryInput()
    {
        using var client = fixture.Host.NewChat();
        var submit = client.Message(null).Set("value", new JsonObject { ["choice"] = CardDialog.FiguresValue, ["rate"] = "120", ["ask"] = "10%" });

        var replies = await client.SendAsync(submit);

        Assert.Equal("Figures: rate 120, ask 10%", Assert.Single(replies).Text);
    }

    private static ActivityJson Execute(BotClient client, string choice) =>
        client.Prepare(ActivityJson.Invoke("adaptiveCard/action", new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "refine", ["data"] = new JsonObject { ["choice"] = choice } },
            ["trigger"] = "manual",
        })).Remove("deliveryMode");
}
