using System.Text.Json.Nodes;
using CoachBot.Dialogs;

namespace CoachBot.Turns;

/// <summary>
/// Builds the Adaptive Card (1.5, the newest Teams renders) for a reply that has a structured body or
/// buttons. Teams hides suggested actions on a message with attachments, so the buttons go on the card.
/// The body is what shows at once, in reading order: the title, the reply's text, each line on its own, then
/// the sections; everything else sits behind a button in the one action row (see <see cref="AdaptiveCardActions"/>).
/// </summary>
internal static class AdaptiveCardBuilder
{
    public const string Version = "1.5";

    public static JsonObject Build(Reply reply, string fallbackText)
    {
        var body = new JsonArray();
        if (reply.Card?.Title is { Length: > 0 } title)
        {
            body.Add(TextBlock(title, bold: true, large: true));
        }

        if (reply.Text.Length > 0)
        {
            body.Add(TextBlock(reply.Text));
        }

        // One TextBlock per line, without a bullet: each is a slot of the first screen, read on its own.
        foreach (var line in reply.Card?.Lines ?? [])
        {
            body.Add(TextBlock(line));
        }

        foreach (var section in reply.Card?.Sections ?? [])
        {
            body.Add(Section(section));
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["fallbackText"] = fallbackText,
            ["body"] = body,
        };

        var actions = AdaptiveCardActions.Build(reply);
        if (actions.Count > 0)
        {
            card["actions"] = actions;
        }

        return card;
    }

    /// <summary>A heading in bold and its lines as "- " bullets, in one container.</summary>
    public static JsonObject Section(ReplySection section)
    {
        var items = new JsonArray { TextBlock(section.Heading, bold: true) };
        foreach (var line in section.Lines)
        {
            items.Add(TextBlock($"- {line}"));
        }

        return new JsonObject { ["type"] = "Container", ["spacing"] = "Medium", ["items"] = items };
    }

    private static JsonObject TextBlock(string text, bool bold = false, bool large = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (bold)
        {
            block["weight"] = "Bolder";
        }

        if (large)
        {
            block["size"] = "Large";
        }

        return block;
    }
}
