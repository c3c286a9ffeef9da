using System.Text.Json.Nodes;
using CoachBot.Tests.Support;

namespace CoachBot.Tests.Coaching.Support;

/// <summary>
/// Reads a bot message the way a Teams user sees it, from the JSON on the wire: the card's title, its text, its
/// lines and sections, what sits behind "More" and in its form, its buttons, and the inventory ids of the
/// schema.org citation entity.
/// </summary>
public static class Card
{
    public const string CitationEntityType = "https://schema.org/Message";

    /// <summary>The large bold title of an Adaptive Card, or null.</summary>
    public static string? Title(BotMessage message) => TopBlocks(message).FirstOrDefault(IsTitle)?["text"]?.GetValue<string>();

    /// <summary>
    /// The message text: the activity's text, or the card's first block under the title (the reply's text; the
    /// host always puts it before the lines, and advice always has one).
    /// </summary>
    public static string Text(BotMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return (string?)message.Activity["text"]
            ?? (string?)TopBlocks(message).FirstOrDefault(b => !IsTitle(b))?["text"]
            ?? string.Empty;
    }

    /// <summary>The card's lines: each block after the title and the text, shown at once without a heading.</summary>
    public static IReadOnlyList<string> Lines(BotMessage message) =>
        [.. TopBlocks(message).Where(b => !IsTitle(b)).Skip(1).Select(b => (string?)b["text"] ?? string.Empty)];

    /// <summary>The card's sections (a bold heading and "- " lines), in order.</summary>
    public static IReadOnlyList<CardSection> Sections(BotMessage message) => SectionsIn(Body(message));

    /// <summary>What sits behind the card's "More" button (a show-card of sections without inputs), or null.</summary>
    public static CardMore? More(BotMessage message)
    {
        var more = ShowCards(message).FirstOrDefault(a => !HasInputs(a["card"]));
        return more is null ? null : new CardMore((string?)more["title"] ?? string.Empty, SectionsIn(more["card"]?["body"]?.AsArray() ?? []));
    }

    /// <summary>The card's form (a show-card with inputs and a submit button), or null.</summary>
    public static CardForm? Form(BotMessage message)
    {
        var form = ShowCards(message).FirstOrDefault(a => HasInputs(a["card"]));
        if (form is null)
        {
            return null;
        }

        var inputs = form["card"]!["body"]!.AsArray().OfType<JsonNode>()
            .Where(i => ((string?)i["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true)
            .Select(i => new CardInput((string?)i["id"] ?? string.Empty, (string?)i["label"] ?? string.Empty, (string?)i["placeholder"]))
            .ToList();
        var submit = form["card"]!["actions"]?.AsArray().OfType<JsonNode>().FirstOrDefault();
        return new CardForm(
            (string?)form["title"] ?? string.Empty,
            inputs,
            (string?)submit?["title"] ?? string.Empty,
            (string?)submit?["data"]?["choice"] ?? string.Empty);
    }

    /// <summary>Whether the button titled <paramref name="title"/> refreshes its card (an Action.Execute) rather than sending a message.</summary>
    public static bool Refreshes(BotMessage message, string title) =>
        Actions(message).Any(a => (string?)a["title"] == title && (string?)a["type"] == "Action.Execute");

    /// <summary>The lines of the one section headed <paramref name="heading"/>, shown at once or behind More.</summary>
    public static IReadOnlyList<string> Section(BotMessage message, string heading)
    {
        var sections = Sections(message).Concat(More(message)?.Sections ?? []).ToList();
        var section = sections.SingleOrDefault(s => s.Heading == heading);
        Assert.True(section is not null, $"No section \"{heading}\" in: {string.Join(" | ", sections.Select(s => s.Heading))}");
        return section.Lines;
    }

    /// <summary>The inventory ids the message cites (schema.org Claim → appearance → keywords), in citation order.</summary>
    public static IReadOnlyList<string> CitedIds(BotMessage message) =>
        [.. Claims(message).Select(c => (string)c["appearance"]!["keywords"]![0]!)];

    /// <summary>The citations as "[n] name" lines, as the user sees them under the message.</summary>
    public static IReadOnlyList<string> CitationNames(BotMessage message) =>
        [.. Claims(message).Select(c => $"[{(int)c["position"]!}] {(string?)c["appearance"]!["name"]}")];

    /// <summary>Whether Teams shows its "AI generated" label on the message (schema.org Message, AIGeneratedContent).</summary>
    public static bool AiGenerated(BotMessage message) =>
        message?.Activity["entities"]?.AsArray().Any(e => (string?)e?["type"] == "https://schema.org/Message"
            && e?["additionalType"]?.AsArray().Any(t => (string?)t == "AIGeneratedContent") == true) == true;

    /// <summary>Whether Teams shows its thumbs up / down feedback under the message.</summary>
    public static bool FeedbackLoop(BotMessage message) =>
        message?.Activity["channelData"]?["feedbackLoopEnabled"]?.GetValue<bool>() == true;

    /// <summary>
    /// The message is advice: a titled card whose first line starts with <paramref name="sayNow"/>, a first screen
    /// within its six slots and 450 characters, Why? and More, and Teams' feedback on.
    /// </summary>
    public static void IsAdvice(BotMessage message, string sayNow, string why, string more)
    {
        ArgumentNullException.ThrowIfNull(message);
        Assert.False(string.IsNullOrEmpty(Title(message)), $"Advice without a title: {message.Text}");
        Assert.StartsWith(sayNow, Text(message), StringComparison.Ordinal);
        Assert.Contains(why, message.Buttons);
        Assert.Contains(more, message.Buttons);
        if (!IsRefreshed(message))
        {
            Assert.True(FeedbackLoop(message), "Advice should turn Teams' feedback loop on.");
        }

        Assert.NotEmpty(SourceIds(message));
    }

    /// <summary>
    /// The inventory ids the advice rests on: the citation entity's, or, on a card refreshed in place (an invoke
    /// response carries the card alone, the message keeps its entity), the ids listed behind More.
    /// </summary>
    public static IReadOnlyList<string> SourceIds(BotMessage message) =>
        IsRefreshed(message)
            ? [.. (More(message)?.Sections ?? []).SelectMany(s => s.Lines)
                .Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^[A-Z]-\d\d"))
                .Where(m => m.Success).Select(m => m.Value)]
            : CitedIds(message);

    /// <summary>Whether the message is a card that replaced another in place (no channel data, no entities).</summary>
    public static bool IsRefreshed(BotMessage message) =>
        message?.Activity["channelData"] is null && message?.Activity["entities"] is null && message?.Activity["attachments"] is not null;

    private static IEnumerable<JsonNode> Claims(BotMessage message) =>
        message?.Activity["entities"]?.AsArray()
            .Where(e => (string?)e!["type"] == CitationEntityType)
            .SelectMany(e => e!["citation"]?.AsArray() ?? [])
            .OfType<JsonNode>() ?? [];

    private static JsonArray Body(BotMessage message) =>
        message?.Activity["attachments"]?.AsArray()
            .FirstOrDefault(a => (string?)a!["contentType"] == "application/vnd.microsoft.card.adaptive")?["content"]?["body"]?.AsArray() ?? [];

    private static IEnumerable<JsonNode> Actions(BotMessage message) =>
        message?.Activity["attachments"]?.AsArray()
            .FirstOrDefault(a => (string?)a!["contentType"] == "application/vnd.microsoft.card.adaptive")?["content"]?["actions"]?.AsArray()
            .OfType<JsonNode>() ?? [];

    private static IEnumerable<JsonNode> ShowCards(BotMessage message) =>
        Actions(message).Where(a => (string?)a["type"] == "Action.ShowCard");

    private static bool HasInputs(JsonNode? card) =>
        card?["body"]?.AsArray().Any(b => ((string?)b?["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true) == true;

    private static List<CardSection> SectionsIn(JsonArray body)
    {
        var sections = new List<CardSection>();
        foreach (var container in body.OfType<JsonNode>().Where(b => (string?)b["type"] == "Container"))
        {
            var items = container["items"]!.AsArray().Select(i => (string?)i!["text"] ?? string.Empty).ToList();
            sections.Add(new CardSection(items[0], [.. items.Skip(1).Select(l => l.StartsWith("- ", StringComparison.Ordinal) ? l[2..] : l)]));
        }

        return sections;
    }

    private static IEnumerable<JsonNode> TopBlocks(BotMessage message) =>
        Body(message).OfType<JsonNode>().Where(b => (string?)b["type"] == "TextBlock");

    private static bool IsTitle(JsonNode block) => (string?)block["size"] == "Large";
}
