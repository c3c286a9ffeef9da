using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.Coaching.Conversations;
using CoachBot.Dialogs;
using CoachBot.Protocol.Schema;

namespace CoachBot.Escalations;

/// <summary>
/// The card the duty desk receives: the facts a manager needs to act (urgency, the kind of situation, who asked,
/// the rules, who is on duty — never guest details or what the staffer typed) and an Acknowledge button.
/// A reminder is the same card with a reminder title and the next person on the roster named.
/// </summary>
internal static class EscalationCard
{
    public const string AckKey = "escalationAck";

    /// <summary>
    /// The card once a manager has acknowledged: who did, and no button, so nobody presses it again and the
    /// channel shows at a glance that the escalation is taken care of.
    /// </summary>
    public static Attachment BuildAcknowledged(EscalationRecord record, ReplyLanguage language)
    {
        var card = Build(record, language);
        var content = card.Content!.AsObject();
        content.Remove("actions");
        content["body"]!.AsArray().Add(TextBlock(EscalationTexts.AckConfirmed.Format(language, record.AcknowledgedBy), bold: true));
        return card;
    }

    public static Attachment Build(EscalationRecord record, ReplyLanguage language, int reminder = 0, EscalationContact? next = null)
    {
        var security = record.Facts.ForSecurity;
        var title = reminder == 0
            ? (security ? EscalationCardTexts.SecurityTitle : EscalationCardTexts.Title).For(language)
            : (security ? EscalationCardTexts.SecurityReminderTitle : EscalationCardTexts.ReminderTitle).Format(language, reminder);
        var body = new JsonArray { TextBlock(title, bold: true) };
        if (reminder > 0)
        {
            body.Add(TextBlock(EscalationCardTexts.NobodyYet.For(language)));
            if (next is not null)
            {
                body.Add(TextBlock(EscalationCardTexts.NextOnRoster.Format(language, Person(next, language)), bold: true));
            }
        }

        body.Add(new JsonObject { ["type"] = "FactSet", ["facts"] = Facts(record, language) });
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["fallbackText"] = title,
            ["body"] = body,
            ["actions"] = new JsonArray
            {
                new JsonObject
                {
                    ["type"] = "Action.Submit",
                    ["title"] = EscalationCardTexts.Acknowledge.For(language),
                    ["data"] = new JsonObject { [AckKey] = record.Id },
                },
            },
        };
        return new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = card };
    }

    /// <summary>The escalation an Acknowledge press refers to, if the card data is one.</summary>
    public static long? AckedId(JsonElement? value) => CardValue.WholeNumberField(value, AckKey);

    private static JsonArray Facts(EscalationRecord record, ReplyLanguage language)
    {
        var facts = record.Facts;
        var rows = new JsonArray();
        Add(rows, EscalationCardTexts.Urgency, facts.Urgency is { } urgency ? EscalationCardTexts.Describe(urgency, language) : null, language);
        Add(rows, EscalationCardTexts.Situation, (facts.Classification ?? facts.Intent)?.Replace('_', ' '), language);
        var role = facts.StaffRole is { } key ? EscalationCardTexts.Describe(key, language) : null;
        Add(rows, EscalationCardTexts.Staff, record.StaffName is { } name ? (role is null || name.Contains(role, StringComparison.OrdinalIgnoreCase) ? name : $"{name} ({role})") : role, language);
        Add(rows, EscalationCardTexts.Property, facts.PropertyId, language);
        Add(rows, EscalationCardTexts.Rules, facts.RuleIds is { Count: > 0 } ids ? string.Join(", ", ids) : null, language);
        Add(rows, EscalationCardTexts.OnDuty, facts.Roster.Count > 0 ? string.Join(", ", facts.Roster.Select(c => Person(c, language))) : null, language);
        return rows;
    }

    private static void Add(JsonArray rows, LocalizedText title, string? value, ReplyLanguage language)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            rows.Add(new JsonObject { ["title"] = title.For(language), ["value"] = value });
        }
    }

    internal static string Person(EscalationContact contact, ReplyLanguage language) =>
        $"{contact.Name} ({EscalationCardTexts.Describe(contact.Role, language)})";

    private static JsonObject TextBlock(string text, bool bold = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (bold)
        {
            block["weight"] = "Bolder";
        }

        return block;
    }
}
