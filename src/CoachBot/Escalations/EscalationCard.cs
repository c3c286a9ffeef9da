using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.Dialogs;
using CoachBot.Protocol.Schema;

namespace CoachBot.Escalations;

/// <summary>
/// The card the duty desk receives: the facts the coaching decided a manager needs (classification,
/// urgency, rule ids — never guest personal data or what the staffer typed) and an Acknowledge button.
/// </summary>
internal static class EscalationCard
{
    public const string AckKey = "escalationAck";

    public static Attachment Build(long escalationId, string? staffName, JsonElement payload, ReplyLanguage language)
    {
        var facts = new JsonArray();
        if (staffName is { Length: > 0 })
        {
            facts.Add(Fact("staff", staffName));
        }

        if (payload.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in payload.EnumerateObject())
            {
                if (Display(property.Value) is { Length: > 0 } value)
                {
                    facts.Add(Fact(property.Name, value));
                }
            }
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["fallbackText"] = EscalationTexts.CardTitle.For(language),
            ["body"] = new JsonArray
            {
                new JsonObject { ["type"] = "TextBlock", ["text"] = EscalationTexts.CardTitle.For(language), ["weight"] = "Bolder", ["size"] = "Large", ["wrap"] = true },
                new JsonObject { ["type"] = "FactSet", ["facts"] = facts },
            },
            ["actions"] = new JsonArray
            {
                new JsonObject
                {
                    ["type"] = "Action.Submit",
                    ["title"] = EscalationTexts.Acknowledge.For(language),
                    ["data"] = new JsonObject { [AckKey] = escalationId },
                },
            },
        };
        return new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = card };
    }

    /// <summary>The escalation an Acknowledge press refers to, if the card data is one.</summary>
    public static long? AckedId(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty(AckKey, out var id) && id.TryGetInt64(out var number)
            ? number
            : null;

    private static JsonObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };

    private static string? Display(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(Display).Where(v => v is not null)),
        _ => null,
    } is { } text ? text.ToString(CultureInfo.InvariantCulture) : null;
}
