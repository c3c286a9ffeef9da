using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>The questions of the after-call note and their buttons.</summary>
internal static class CallNoteTexts
{
    public static TextId ProspectQuestion { get; } = new("callnote.prospect-question");

    public static TextId GapQuestion { get; } = new("callnote.gap-question");

    public static IReadOnlyList<(string Value, TextId Label)> Gaps { get; } =
    [
        ("slow_response", new TextId("callnote.gap-slow-response")),
        ("price_or_terms", new TextId("callnote.gap-price-or-terms")),
        ("service_quality", new TextId("callnote.gap-service-quality")),
        ("no_personal_contact", new TextId("callnote.gap-no-personal-contact")),
        ("none_yet", new TextId("callnote.gap-none-yet")),
    ];

    public static TextId DecisionMakerQuestion { get; } = new("callnote.decision-maker-question");

    public static TextId NextStepQuestion { get; } = new("callnote.next-step-question");

    public static IReadOnlyList<(string Value, int? Days, TextId Label)> NextSteps { get; } =
    [
        ("tomorrow", 1, new TextId("callnote.next-tomorrow")),
        ("within_week", 7, new TextId("callnote.next-within-week")),
        ("within_two_weeks", 14, new TextId("callnote.next-within-two-weeks")),
        ("not_agreed", null, new TextId("callnote.next-not-agreed")),
    ];

    // {0}: how many days the note is kept.
    public static TextId NoteQuestion { get; } = new("callnote.note-question");

    public static TextId Skip { get; } = new("callnote.skip");

    // {0}: how many days the note is kept.
    public static TextId Saved { get; } = new("callnote.saved");

    /// <summary>The buttons' label keys, for the texts file check.</summary>
    public static IReadOnlyList<TextId> Labels { get; } = [.. Gaps.Select(g => g.Label), .. NextSteps.Select(n => n.Label)];
}
