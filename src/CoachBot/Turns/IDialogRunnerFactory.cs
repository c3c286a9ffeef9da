using CoachBot.Coaching.Content;
using CoachBot.Dialogs;

namespace CoachBot.Turns;

/// <summary>Builds the dialogs users talk to over one content set (called again after each reload, never per turn).</summary>
public interface IDialogRunnerFactory
{
    DialogRunner Create(ContentSet content);
}
