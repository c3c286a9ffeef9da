using System.Text.Json.Nodes;
using CoachBot.Tests.Support;
using CoachBot.Tests.Turns.Support;

namespace CoachBot.Tests.Turns;

/// <summary>
/// How a reply with lines, "More", a form and refreshing buttons reaches Teams: what the card shows at once and in
/// which order, what sits behind each button, and what a client without cards reads instead.
/// </summary>
public sealed class ReplyRendererCardTests(CardDialogFixture fixture) : IClassFixture<CardDialogFixture>
{
    [Fact]
    public async Task Render_AdviceCard_BodyIsTitleTextThenEachLineAsItsOwnBlock()
    {
        var card = await AdviceCardAsync();

        var blocks = card["body"]!.AsArray().Select(b => ((string?)b!["type"], (string?)b["text"])).ToList();

        Assert.Equal(
            [
                ("TextBlock", "Guest lost his bag"),
                ("TextBlock", "Say now: I am so sorry about your bag. [1]"),
                ("TextBlock", "Do next: write down what was in the bag."),
                ("TextBlock", "Never say: it is not our fault."),
            ],
            blocks);
        Assert.Equal("Large", (string?)card["body"]![0]!["size"]);
        Assert.Equal("1.5", (string?)card["version"]);
    }

    [Fact]
    public async Task Render_AdviceCard_OneActionRowWithChoicesThenMoreThenForm()
    {
        var card = await AdviceCardAsync();

        var actions = card["actions"]!.AsArray().Select(a => ((string?)a!["type"], (string?)a["title"])).ToList();

        Assert.Equal(
            [
                ("Action.Execute", "Wants compensation"),
                ("Action.Submit", "Why?"),
                ("Action.ShowCard", "More"),
                ("Action.ShowCard", "Figures"),
            ],
            actions);
    }

    [Fact]
    public async Task Render_More_ItsCardHoldsEverySectionWithHeadingAndLines()
    {
        var card = await AdviceCardAsync();

        var more = Action(card, "More")["card"]!;
        var sections = more["body"]!.AsArray()
            .Select(c => string.Join(" | ", c!["items"]!.AsArray().Select(i => (string?)i!["text"])))
            .ToList();

        Assert.Equal(
            [
                "Other phrasings | - I understand how stressful this is. | - Let me sort this out for you.",
                "When to escalate | - He asks for money.",
            ],
            sections);
        Assert.DoesNotContain(card["body"]!.AsArray(), b => ((string?)b!["text"])?.Contains("escalate", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Render_Form_OneTextInputPerFieldAndASubmitCarryingItsChoice()
    {
        var card = await AdviceCardAsync();

        var form = Action(card, "Figures")["card"]!;
        var inputs = form["body"]!.AsArray().Select(i => ((string?)i!["type"], (string?)i["id"], (string?)i["label"], (string?)i["placeholder"])).ToList();
        var submit = Assert.Single(form["actions"]!.AsArray())!;

        Assert.Equal(
            [
                ("Input.Text", "rate", "Room rate per night", "e.g. 120"),
                ("Input.Text", "ask", "What the guest asks", null),
            ],
            inputs);
        Assert.Equal("Work it out", (string?)submit["title"]);
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["choice"] = CardDialog.FiguresValue }, submit["data"]), submit.ToJsonString());
    }

    [Fact]
    public async Task Render_RefreshingChoice_ExecuteWithTheSameDataAndASubmitFallback()
    {
        var card = await AdviceCardAsync();

        var execute = Action(card, "Wants compensation");
        var fallback = execute["fallback"]!;

        Assert.Equal("refine", (string?)execute["verb"]);
        Assert.Equal("refine:compensation=yes", (string?)execute["data"]!["choice"]);
        Assert.Equal("Action.Submit", (string?)fallback["type"]);
        Assert.Equal("Wants compensation", (string?)fallback["title"]);
        Assert.True(JsonNode.DeepEquals(execute["data"], fallback["data"]), fallback.ToJsonString());
    }

    [Fact]
    public async Task Render_AdviceCard_FallbackTextReadsInTheCardsOrderWithMoreBeforeTheButtons()
    {
        var card = await AdviceCardAsync();

        Assert.Equal(
            string.Join(Environment.NewLine, [
                "Guest lost his bag",
                "Say now: I am so sorry about your bag. [1]",
                "Do next: write down what was in the bag.",
                "Never say: it is not our fault.",
                "Other phrasings",
                "- I understand how stressful this is.",
                "- Let me sort this out for you.",
                "When to escalate",
                "- He asks for money.",
                "1. Wants compensation",
                "2. Why?",
            ]),
            (string?)card["fallbackText"]);
    }

    [Fact]
    public async Task Render_MoreChoicesThanTeamsShows_MoreAndFormStayOnTheRowAndTheRestGoToTheOverflowMenu()
    {
        using var client = fixture.Host.NewChat();

        var card = CardOf(Assert.Single(await client.SendAsync("many")));
        var primary = card["actions"]!.AsArray().Where(a => (string?)a!["mode"] != "secondary").Select(a => (string?)a!["title"]).ToList();
        var overflow = card["actions"]!.AsArray().Where(a => (string?)a!["mode"] == "secondary").Select(a => (string?)a!["title"]).ToList();

        // Teams shows six buttons in a row and drops a seventh primary one.
        Assert.Equal(["Option 1", "Option 2", "Option 3", "Option 4", "More", "Figures"], primary);
        Assert.Equal(["Option 5", "Option 6", "Option 7"], overflow);
    }

    [Fact]
    public async Task Render_AdviceCard_SameAsTheSampleTheBrowserAndConformanceTestsUse()
    {
        var card = await AdviceCardAsync();

        CardSample.Matches("advice-card", card);
    }

    private async Task<JsonNode> AdviceCardAsync()
    {
        using var client = fixture.Host.NewChat();
        return CardOf(Assert.Single(await client.SendAsync("the guest lost his bag")));
    }

    private static JsonNode CardOf(BotMessage message) => message.Activity["attachments"]![0]!["content"]!;

    private static JsonNode Action(JsonNode card, string title) =>
        card["actions"]!.AsArray().Single(a => (string?)a!["title"] == title)!;
}
