using CoachBot.Dialogs;

namespace CoachBot.Escalations;

/// <summary>The words on the duty desk's escalation and reminder cards, in English, Vietnamese and Chinese.</summary>
internal static class EscalationCardTexts
{
    public static TextId Title { get; } = new("card.title");

    public static TextId ReminderTitle { get; } = new("card.reminder-title");

    public static TextId SecurityTitle { get; } = new("card.security-title");

    public static TextId SecurityReminderTitle { get; } = new("card.security-reminder-title");

    public static TextId NobodyYet { get; } = new("card.nobody-yet");

    public static TextId NextOnRoster { get; } = new("card.next-on-roster");

    public static TextId Acknowledge { get; } = new("card.acknowledge");

    public static TextId Urgency { get; } = new("card.urgency");

    public static TextId Situation { get; } = new("card.situation");

    public static TextId Staff { get; } = new("card.staff");

    public static TextId Property { get; } = new("card.property");

    public static TextId Rules { get; } = new("card.rules");

    public static TextId OnDuty { get; } = new("card.on-duty");

    /// <summary>An urgency or role key as words; an unknown key is shown as it is, underscores as spaces.</summary>
    /// <summary>An urgency or a role key in words ("immediate" → "Immediate"); an unknown key as written.</summary>
    public static string Describe(TextCatalog texts, string key, ReplyLanguage language) =>
        Described.TryGetValue(key, out var id) ? texts.For(id, language) : key.Replace('_', ' ');

    /// <summary>The words of each urgency and role key (listed for the texts file check).</summary>
    public static IReadOnlyDictionary<string, TextId> Described { get; } = new Dictionary<string, TextId>(StringComparer.Ordinal)
    {
        ["immediate"] = new("card.describe-immediate"),
        ["soon"] = new("card.describe-soon"),
        ["routine"] = new("card.describe-routine"),
        ["duty_manager"] = new("card.describe-duty-manager"),
        ["supervisor"] = new("card.describe-supervisor"),
        ["front_desk"] = new("card.describe-front-desk"),
        ["sales"] = new("card.describe-sales"),
        ["trainer"] = new("card.describe-trainer"),
    };

    /// <summary>The keys above, for the texts file check.</summary>
    public static IReadOnlyCollection<TextId> DescribedKeys => [.. Described.Values];
}
