using CoachBot.Coaching.Content;
using CoachBot.Dialogs;
using CoachBot.Turns;

namespace CoachBot.Tests.Turns.Support;

/// <summary>Puts the <see cref="CardDialog"/> in the host in place of the coaching bot.</summary>
public sealed class CardDialogRunnerFactory : IDialogRunnerFactory
{
    public DialogRunner Create(ContentSet content) => CardDialog.Runner((content ?? throw new ArgumentNullException(nameof(content))).Texts);
}
