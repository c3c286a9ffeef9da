using System.Text.Json.Nodes;

namespace CoachBot.Tests.Support;

/// <summary>
/// What a user sees of one bot activity: its text (or the text of its Adaptive Card) and its buttons.
/// Read from the JSON on the wire, not through the bot's own types.
/// </summary>
public sealed record BotMessage(string Text, IReadOnlyList<string> Buttons, JsonNode Activity)
{
    public static BotMessage From(JsonNode activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var card = activity["attachments"]?.AsArray()
            .FirstOrDefault(a => (string?)a?["contentType"] == "application/vnd.microsoft.card.adaptive")?["content"];
        var text = (string?)activity["text"]
            ?? string.Join("\n", card?["body"]?.AsArray().Where(b => (string?)b?["type"] == "TextBlock").Select(b => (string?)b?["text"]) ?? []);
        var buttons = card?["actions"]?.AsArray().Select(a => (string?)a?["title"] ?? string.Empty).ToList() ?? [];
        return new BotMessage(text, buttons, activity);
    }

    /// <summary>The value a button submits (<c>data.choice</c>), as Teams would send it back.</summary>
    public string SubmitValueOf(string buttonTitle)
    {
        var card = Activity["attachments"]![0]!["content"]!;
        var action = card["actions"]!.AsArray().Single(a => (string?)a!["title"] == buttonTitle)!;
        return (string)action["data"]!["choice"]!;
    }
}
