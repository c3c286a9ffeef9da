using System.Text.Json;
using System.Text.Json.Serialization;
using CoachBot.Cards;
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
    public static Attachment BuildAcknowledged(TextCatalog texts, EscalationRecord record, ReplyLanguage language)
    {
        var card = Card(texts, record, language);
        var acknowledged = card with
        {
            Body = [.. card.Body, TextBlock.Bold(texts.Format(EscalationTexts.AckConfirmed, language, record.AcknowledgedBy))],
            Actions = null,
        };
        return new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = acknowledged };
    }

    public static Attachment Build(TextCatalog texts, EscalationRecord record, ReplyLanguage language, int reminder = 0, EscalationContact? next = null) =>
        new() { ContentType = Attachment.AdaptiveCardContentType, Content = Card(texts, record, language, reminder, next) };

    private static AdaptiveCard Card(TextCatalog texts, EscalationRecord record, ReplyLanguage language, int reminder = 0, EscalationContact? next = null)
    {
        var security = record.Facts.ForSecurity;
        var title = reminder == 0
            ? texts.For((security ? EscalationCardTexts.SecurityTitle : EscalationCardTexts.Title), language)
            : texts.Format((security ? EscalationCardTexts.SecurityReminderTitle : EscalationCardTexts.ReminderTitle), language, reminder);
        var body = new List<object> { TextBlock.Bold(title) };
        if (reminder > 0)
        {
            body.Add(new TextBlock(texts.For(EscalationCardTexts.NobodyYet, language)));
            if (next is not null)
            {
                body.Add(TextBlock.Bold(texts.Format(EscalationCardTexts.NextOnRoster, language, Person(texts, next, language))));
            }
        }

        body.Add(new FactSet(Facts(texts, record, language)));
        var acknowledge = new SubmitAction(texts.For(EscalationCardTexts.Acknowledge, language), new AckData(record.Id));
        return AdaptiveCard.Create(body, title, [acknowledge]);
    }

    /// <summary>The escalation an Acknowledge press refers to, if the card data is one.</summary>
    public static long? AckedId(JsonElement? value) => CardValue.WholeNumberField(value, AckKey);

    private static List<Fact> Facts(TextCatalog texts, EscalationRecord record, ReplyLanguage language)
    {
        var facts = record.Facts;
        var rows = new List<Fact>(6);
        Add(texts, rows, EscalationCardTexts.Urgency, facts.Urgency is { } urgency ? EscalationCardTexts.Describe(texts, urgency, language) : null, language);
        Add(texts, rows, EscalationCardTexts.Situation, (facts.Classification ?? facts.Intent)?.Replace('_', ' '), language);
        var role = facts.StaffRole is { } key ? EscalationCardTexts.Describe(texts, key, language) : null;
        Add(texts, rows, EscalationCardTexts.Staff, record.StaffName is { } name ? (role is null || name.Contains(role, StringComparison.OrdinalIgnoreCase) ? name : $"{name} ({role})") : role, language);
        Add(texts, rows, EscalationCardTexts.Property, facts.PropertyId, language);
        Add(texts, rows, EscalationCardTexts.Rules, facts.RuleIds is { Count: > 0 } ids ? string.Join(", ", ids) : null, language);
        Add(texts, rows, EscalationCardTexts.OnDuty, facts.Roster.Count > 0 ? string.Join(", ", facts.Roster.Select(c => Person(texts, c, language))) : null, language);
        return rows;
    }

    private static void Add(TextCatalog texts, List<Fact> rows, TextId title, string? value, ReplyLanguage language)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            rows.Add(new Fact(texts.For(title, language), value));
        }
    }

    internal static string Person(TextCatalog texts, EscalationContact contact, ReplyLanguage language) =>
        $"{contact.Name} ({EscalationCardTexts.Describe(texts, contact.Role, language)})";

    /// <summary>The Acknowledge button's data: <c>{"escalationAck": id}</c>.</summary>
    private sealed record AckData([property: JsonPropertyName(AckKey)] long EscalationAck);
}
