using System.Text.Json.Nodes;
using CoachBot.Tests.Support;

namespace CoachBot.Tests.Coaching.Support;

/// <summary>The first-screen checker on synthetic cards: one that keeps every rule, and one breaking each rule.</summary>
public sealed class FirstScreenTests
{
    private const string Title = "Lost bag, angry guest";

    [Fact]
    public void Problems_ShortAdviceWithAButton_None()
    {
        var message = Advice(Title, "Say now: I am so sorry, let me help you find it. [1][2]", "Do next: write down what was in the bag.", "Do next: call the airline with him.", "Never say: it is not our fault.");

        Assert.Empty(FirstScreen.Problems(message));
        Assert.Equal(5, FirstScreen.Blocks(message).Count);
        Assert.Equal("Say now: I am so sorry, let me help you find it.", FirstScreen.Blocks(message)[1]);
    }

    [Fact]
    public void Problems_SevenBlocks_TooManyBlocks()
    {
        var message = Advice(Title, "Say now: sorry.", "One.", "Two.", "Three.", "Four.", "Five.");

        Assert.Equal(["7 blocks (at most 6)"], FirstScreen.Problems(message));
    }

    [Fact]
    public void Problems_SectionShownAtOnce_ItsBlocksCount()
    {
        var message = Advice(Title, "Say now: sorry.", "Do next: listen.");
        Body(message).Add(new JsonObject
        {
            ["type"] = "Container",
            ["items"] = new JsonArray(Block("Steps"), Block("- one"), Block("- two"), Block("- three")),
        });

        Assert.Equal(["7 blocks (at most 6)"], FirstScreen.Problems(message));
    }

    [Fact]
    public void Problems_MoreThan450Characters_TooLong()
    {
        var message = Advice(Title, $"Say now: {new string('a', 200)}", $"Do next: {new string('b', 230)}");

        Assert.Equal([$"{Title.Length + 209 + 239} characters (at most 450)"], FirstScreen.Problems(message));
    }

    [Fact]
    public void Problems_LineRepeatedWithOtherCaseAndPunctuation_SaidTwice()
    {
        var message = Advice(Title, "Say now: sorry.", "Do next: call the duty manager.", "do next:  Call the duty manager");

        Assert.Equal(["said twice: \"do next:  Call the duty manager\""], FirstScreen.Problems(message));
    }

    [Fact]
    public void Problems_TitleRepeatedByTheFirstLine_TitleRepeated()
    {
        var message = Advice("Apologise first", "Say now: Apologise first.", "Do next: listen.");

        Assert.Equal(["the title is repeated by the block under it: \"Say now: Apologise first.\""], FirstScreen.Problems(message));
    }

    [Fact]
    public void Problems_WhatOpensBehindMoreIsLong_NotCounted()
    {
        var message = Advice(Title, "Say now: sorry.");
        var more = new JsonArray(Enumerable.Range(1, 20).Select(i => (JsonNode)Block($"Hidden line {i} {new string('x', 40)}")).ToArray());
        Card(message)["actions"]!.AsArray().Add(new JsonObject { ["type"] = "Action.ShowCard", ["title"] = "More", ["card"] = new JsonObject { ["type"] = "AdaptiveCard", ["body"] = more } });

        Assert.Empty(FirstScreen.Problems(message));
    }

    [Fact]
    public void IsShort_TooManyBlocks_FailsNamingTheBlocks()
    {
        var message = Advice(Title, "Say now: sorry.", "One.", "Two.", "Three.", "Four.", "Five.");

        var failure = Assert.ThrowsAny<Exception>(() => FirstScreen.IsShort(message));

        Assert.Contains("7 blocks", failure.Message, StringComparison.Ordinal);
        Assert.Contains("7. Five.", failure.Message, StringComparison.Ordinal);
    }

    /// <summary>A card as the host renders advice: a large title, then one block per text and line, buttons in one row.</summary>
    private static BotMessage Advice(string title, params string[] blocks)
    {
        var body = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = title, ["size"] = "Large", ["weight"] = "Bolder" });
        foreach (var block in blocks)
        {
            body.Add(Block(block));
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = body,
            ["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.Submit", ["title"] = "Call the duty manager", ["data"] = new JsonObject { ["choice"] = "x" } }),
        };
        return BotMessage.From(new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = card }),
        });
    }

    private static JsonObject Block(string text) => new() { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };

    private static JsonNode Card(BotMessage message) => message.Activity["attachments"]![0]!["content"]!;

    private static JsonArray Body(BotMessage message) => Card(message)["body"]!.AsArray();
}
