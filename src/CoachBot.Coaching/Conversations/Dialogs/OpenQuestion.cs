using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// Decides, while a question is open, whether a message answers it or starts something new. An answer (one of the
/// buttons, a synonym, yes / no) is the answer; a message that describes a situation ends the question and gets
/// advice. The after-call note's free text is the answer, unless it is an emergency; the prospect's name always is.
/// </summary>
internal static class OpenQuestion
{
    /// <summary>Whether <paramref name="text"/> answers the open prompt's buttons or yes / no question.</summary>
    public static bool Accepts(DialogContext dc, string text)
    {
        if (dc.ActiveDialogId is QuizDialog.DialogId or RolePlayDialog.DialogId)
        {
            // A quiz's answers are read by the quiz (QuizDialog.Accepts, which the router asks first); any words answer a
            // role-play, but a command or an emergency still comes first: the interruption hook decides.
            return false;
        }

        if (dc.ActiveDialogId == CallNoteDialog.ConfirmPromptId)
        {
            return ConfirmRecognizer.Recognize(text) is not null;
        }

        var choices = dc.StackDepth > 0 ? dc.GetOptions<PromptOptions>()?.Choices ?? [] : [];
        return choices.Count > 0 && ChoiceRecognizer.Recognize(text, null, choices) is not null;
    }

    /// <summary>Whether the open question is one answered in the user's own words (the note, the prospect's name, a role-play answer).</summary>
    public static bool TakesText(DialogContext dc) => dc.ActiveDialogId is CallNoteDialog.TextPromptId or CallNoteDialog.ProspectPromptId or RolePlayDialog.DialogId;

    /// <summary>Whether <paramref name="recognition"/> is a new situation that should end what is open.</summary>
    public static bool IsInterruptedBy(DialogContext dc, Recognition.Recognition recognition)
    {
        if (dc.ActiveDialogId == CallNoteDialog.ProspectPromptId)
        {
            // A name is whatever the prospect is called: "Phoenix Fire Protection" or "Ambulance Services Ltd" is a
            // company, not an emergency, and reading it as one would drop the note.
            return false;
        }

        var emergency = recognition.Facts.TryGet("emergency", out var e) && e.Symbol is not (null or "none");
        if (TakesText(dc))
        {
            // The rep was asked to type a note or the prospect's name, and a note about a prospect ("wants the rates
            // sheet", "complained about slow replies") reads like a situation: only an emergency, which cannot wait, interrupts it.
            return emergency;
        }

        return emergency || Advisor.Domain(recognition.Intent) is not null;
    }
}
