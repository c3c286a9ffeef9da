using System.Text.Json;
using CoachBot.Coaching.Conversations;
using CoachBot.Dialogs;
using CoachBot.Turns;

namespace CoachBot.Escalations;

/// <summary>
/// The host's reading of a coaching <see cref="EscalationPayload"/>: only these fields ever reach the duty desk,
/// so anything else a payload might carry (guest details, what the staffer typed) does not. Every field is
/// optional, so a payload from an older or newer coaching version still gets a card out.
/// </summary>
internal sealed record EscalationFacts(
    string? PropertyId = null,
    string? Intent = null,
    string? Classification = null,
    IReadOnlyList<string>? RuleIds = null,
    string? Target = null,
    string? Urgency = null,
    string? StaffRole = null,
    IReadOnlyList<EscalationContact>? Contacts = null,
    int? ReminderMinutes = null,
    string? Language = null)
{
    public static EscalationFacts None { get; } = new();

    /// <summary>Whether security is called (through the duty desk, which is the only registered target) rather than the duty manager.</summary>
    public bool ForSecurity => string.Equals(Target, "security", StringComparison.Ordinal);

    /// <summary>The people on duty, in the order to try; never null.</summary>
    public IReadOnlyList<EscalationContact> Roster => Contacts ?? [];

    /// <summary>
    /// The language to tell the staffer in: the one they were coached in, else their conversation's locale (a
    /// payload from before the language was carried), else English.
    /// </summary>
    public ReplyLanguage StaffLanguage(ConversationReference? staff) =>
        ReplyLanguage.FromTag(Language) ?? ReplyLanguage.FromTag(staff?.Locale) ?? ReplyLanguage.English;

    /// <summary>The facts in <paramref name="payloadJson"/>, or null when it is not a readable payload.</summary>
    public static EscalationFacts? TryRead(string payloadJson)
    {
        try
        {
            return JsonSerializer.Deserialize<EscalationFacts>(payloadJson, EscalationJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
