using System.Text.Json.Nodes;
using CoachBot.Tests.Support;

namespace CoachBot.Tests.Coaching.Support;

/// <summary>
/// Reads a bot message the way a Teams user sees it, from the JSON on the wire: the card's title, its first
/// line, its sections, its buttons, and the inventory ids of the schema.org citation entity.
/// </summary>
public static class Card
{
    public const string CitationEntityType = "https://schema.org/Message";

    /// <summary>The large bold title of an Adaptive Card, or null.</summary>
    public static string? Title(BotMessage message) => TopBlocks(message).FirstOrDefault(IsTitle)?["text"]?.GetValue<string>();

    /// <summary>The message text: the activity's text, or the card's first line under the title.</summary>
    public static string Text(BotMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return (string?)message.Activity["text"]
            ?? string.Join("\n", TopBlocks(message).Where(b => !IsTitle(b)).Select(b => (string?)b["text"]));
    }

    /// <summary>The card's sections (a bold heading and "- " lines), in order.</summary>
    public static IReadOnlyList<CardSection> Sections(BotMessage message)
    {
        var sections = new List<CardSection>();
        foreach (var container in Body(message).OfType<JsonNode>().Where(b => (string?)b["type"] == "Container"))
        {
            var items = container["items"]!.AsArray().Select(i => (string?)i!["text"] ?? string.Empty).ToList();
            sections.Add(new CardSection(items[0], [.. items.Skip(1).Select(l => l.StartsWith("- ", StringComparison.Ordinal) ? l[2..] : l)]));
        }

        return sections;
    }

    /// <summary>The lines of the one section headed <paramref name="heading"/>.</summary>
    public static IReadOnlyList<string> Section(BotMessage message, string heading)
    {
        var sections = Sections(message);
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

    /// <summary>Whether Teams shows its thumbs up / down feedback under the message.</summary>
    public static bool FeedbackLoop(BotMessage message) =>
        message?.Activity["channelData"]?["feedbackLoopEnabled"]?.GetValue<bool>() == true;

    /// <summary>The message is advice: a titled card whose first line starts with <paramref name="sayNow"/>, with Why? and feedback.</summary>
    public static void IsAdvice(BotMessage message, string sayNow, string why, string helpful, string notHelpful)
    {
        ArgumentNullException.ThrowIfNull(message);
        Assert.False(string.IsNullOrEmpty(Title(message)), $"Advice without a title: {message.Text}");
        Assert.StartsWith(sayNow, Text(message), StringComparison.Ordinal);
        Assert.Contains(why, message.Buttons);
        Assert.Contains(helpful, message.Buttons);
        Assert.Contains(notHelpful, message.Buttons);
        Assert.True(FeedbackLoop(message), "Advice should turn Teams' feedback loop on.");
    }

    private static IEnumerable<JsonNode> Claims(BotMessage message) =>
        message?.Activity["entities"]?.AsArray()
            .Where(e => (string?)e!["type"] == CitationEntityType)
            .SelectMany(e => e!["citation"]?.AsArray() ?? [])
            .OfType<JsonNode>() ?? [];

    private static JsonArray Body(BotMessage message) =>
        message?.Activity["attachments"]?.AsArray()
            .FirstOrDefault(a => (string?)a!["contentType"] == "application/vnd.microsoft.card.adaptive")?["content"]?["body"]?.AsArray() ?? [];

    private static IEnumerable<JsonNode> TopBlocks(BotMessage message) =>
        Body(message).OfType<JsonNode>().Where(b => (string?)b["type"] == "TextBlock");

    private static bool IsTitle(JsonNode block) => (string?)block["size"] == "Large";
}
