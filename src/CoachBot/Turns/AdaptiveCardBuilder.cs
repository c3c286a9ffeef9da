using System.Text.Json.Nodes;
using CoachBot.Dialogs;

namespace CoachBot.Turns;

/// <summary>
/// Builds the Adaptive Card (1.5, the newest Teams renders) for a reply that has a structured body or
/// buttons. Teams hides suggested actions on a message with attachments, so the buttons go on the card.
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

        foreach (var section in reply.Card?.Sections ?? [])
        {
            var items = new JsonArray { TextBlock(section.Heading, bold: true) };
            foreach (var line in section.Lines)
            {
                items.Add(TextBlock($"- {line}"));
            }

            body.Add(new JsonObject { ["type"] = "Container", ["spacing"] = "Medium", ["items"] = items });
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["fallbackText"] = fallbackText,
            ["body"] = body,
        };

        if (reply.Choices.Count > 0)
        {
            var actions = new JsonArray();
            foreach (var choice in reply.Choices)
            {
                // The dialogs read a card submit {"choice": value} like a typed answer.
                actions.Add(new JsonObject
                {
                    ["type"] = "Action.Submit",
                    ["title"] = choice.Title,
                    ["data"] = new JsonObject { ["choice"] = choice.Value },
                });
            }

            card["actions"] = actions;
        }

        return card;
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
