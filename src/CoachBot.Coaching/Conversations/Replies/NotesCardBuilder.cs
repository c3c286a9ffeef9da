using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// The card of a rep's call notes: one section per note (its date and prospect, then the next step, the gap found,
/// whether the decision maker is known and the rep's own note), at most <see cref="MaxShown"/>; or, when there are
/// none, how to record one.
/// </summary>
internal sealed class NotesCardBuilder(CoachingServices services)
{
    // A list to read on a phone between calls; a prospect's name narrows it.
    public const int MaxShown = 10;

    private TextCatalog Texts => services.Texts;

    public Reply Build(IReadOnlyList<CallNotePayload> notes, string? prospect, ReplyLanguage language)
    {
        var afterCall = Texts.For(CoachTexts.AfterCallButton, language);
        if (notes.Count == 0)
        {
            return Reply.Say(prospect is null
                ? Texts.Format(NotesTexts.None, language, afterCall)
                : Texts.Format(NotesTexts.NoneOnProspect, language, prospect, afterCall));
        }

        var title = prospect is null ? Texts.For(NotesTexts.TitleAll, language) : Texts.Format(NotesTexts.TitleProspect, language, prospect);
        var sections = notes.Take(MaxShown).Select(n => Section(n, language)).ToList();
        var text = notes.Count > MaxShown
            ? Texts.Format(NotesTexts.NewestFirstOf, language, MaxShown, notes.Count)
            : Texts.For(NotesTexts.NewestFirst, language);
        return new Reply(text) { Card = new ReplyCard(title, sections) };
    }

    private ReplySection Section(CallNotePayload note, ReplyLanguage language)
    {
        var recorded = note.RecordedAt ?? note.ExpiresAt.AddDays(-note.RetentionDays);
        var heading = Texts.Format(NotesTexts.Heading, language, Date(recorded, language), note.Prospect ?? Texts.For(NotesTexts.NoProspect, language));
        List<string> lines = [NextStep(note, language), Gap(note, language)];
        lines.Add(Texts.For(note.DecisionMakerKnown ? NotesTexts.DecisionMakerKnown : NotesTexts.DecisionMakerUnknown, language));
        if (!string.IsNullOrWhiteSpace(note.Note))
        {
            lines.Add(Texts.Format(NotesTexts.Note, language, note.Note));
        }

        return new ReplySection(heading, lines);
    }

    private string NextStep(CallNotePayload note, ReplyLanguage language)
    {
        var date = note.NextStepDate is { } d ? Texts.Format(NotesTexts.Date, language, d) : null;

        // A note saved before the button's value was kept has only the date: no date there meant "not agreed".
        var picked = CallNoteTexts.NextSteps.FirstOrDefault(n => n.Value == (note.NextStep ?? (date is null ? "not_agreed" : null)));
        if (picked.Value is null)
        {
            return Texts.Format(NotesTexts.NextStepDate, language, date);
        }

        var label = Texts.For(picked.Label, language);
        return date is null ? Texts.Format(NotesTexts.NextStep, language, label) : Texts.Format(NotesTexts.NextStepBy, language, label, date);
    }

    private string Gap(CallNotePayload note, ReplyLanguage language)
    {
        var found = note.IncumbentWeaknessesFound.Count == 0 ? ["none_yet"] : note.IncumbentWeaknessesFound;
        var labels = found.Select(v => CallNoteTexts.Gaps.FirstOrDefault(g => g.Value == v).Label is { Key: not null } id ? Texts.For(id, language) : v);
        return Texts.Format(NotesTexts.Gap, language, string.Join(Texts.For(CoachTexts.ExplainComma, language), labels));
    }

    private string Date(DateTimeOffset at, ReplyLanguage language) =>
        Texts.Format(NotesTexts.Date, language, DateOnly.FromDateTime(services.Policy.LocalTime(at).DateTime));
}
