using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>The words of "my notes": the list of a rep's saved call notes, and what is said when there are none.</summary>
internal static class NotesTexts
{
    public static TextId TitleAll { get; } = new("notes.title-all");

    // {0}: the prospect as the rep named it.
    public static TextId TitleProspect { get; } = new("notes.title-prospect");

    public static TextId NewestFirst { get; } = new("notes.newest-first");

    // {0}: the date, {1}: the prospect.
    public static TextId Heading { get; } = new("notes.heading");

    // {0}: a DateOnly, formatted per language.
    public static TextId Date { get; } = new("notes.date");

    public static TextId NoProspect { get; } = new("notes.no-prospect");

    // {0}: the next-step button's label, {1}: the date it was agreed for.
    public static TextId NextStepBy { get; } = new("notes.next-step-by");

    // {0}: the next-step button's label.
    public static TextId NextStep { get; } = new("notes.next-step");

    // {0}: the date (a note saved before the button's value was kept).
    public static TextId NextStepDate { get; } = new("notes.next-step-date");

    // {0}: the gap's label.
    public static TextId Gap { get; } = new("notes.gap");

    public static TextId DecisionMakerKnown { get; } = new("notes.decision-maker-known");

    public static TextId DecisionMakerUnknown { get; } = new("notes.decision-maker-unknown");

    // {0}: the rep's own short note.
    public static TextId Note { get; } = new("notes.note");

    // {0}: how many are shown, {1}: how many there are.
    public static TextId NewestFirstOf { get; } = new("notes.newest-first-of");

    // {0}: the prospect as named, {1}: the after-call button's label.
    public static TextId NoneOnProspect { get; } = new("notes.none-on-prospect");

    // {0}: the after-call button's label.
    public static TextId None { get; } = new("notes.none");

    public static TextId PersonalOnly { get; } = new("notes.personal-only");
}
