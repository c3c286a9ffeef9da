using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// The root dialog: one turn, one answer. A situation gets advice at once (safety first when there is an
/// emergency); a press on an advice card's button does what it says; typed figures or a typed answer to the card's
/// open refinement update the advice; "forget my data" forgets; "my notes" lists the rep's saved call notes. It ends every turn: nothing waits for an answer
/// except the after-call note the user asked for. See <see cref="CoachRouter"/>.
/// </summary>
internal sealed class CoachDialog(CoachRouter router) : Dialog(DialogId)
{
    public const string DialogId = "coach";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        // The router replaces this dialog when the user asked for the after-call note; otherwise the turn is done.
        return await router.RouteAsync(dc, cancellationToken).ConfigureAwait(false)
            ?? await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
