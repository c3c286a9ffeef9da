using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// After a sales call: records which prospect the call was with and what the rep learned as structured fields (the gap the prospect discovered, whether
/// the decision maker is known, the next step's date) plus an optional short note, saved with the policy's
/// retention period (side effect <c>call-note</c>), then gives the next step. See <see cref="CallNoteSteps"/>.
/// </summary>
internal sealed class CallNoteDialog(CoachingServices services) : WaterfallDialog(DialogId, new CallNoteSteps(services).All)
{
    public const string DialogId = "coach.call-note";
    public const string ChoicePromptId = "coach.call-note.choice";
    public const string ConfirmPromptId = "coach.call-note.confirm";
    public const string TextPromptId = "coach.call-note.text";
    public const string ProspectPromptId = "coach.call-note.prospect";
}
