namespace CoachBot.Dialogs;

/// <summary>
/// A unit of conversation on the dialog stack. A dialog keeps nothing in fields between turns: whatever it
/// needs next turn goes into its instance on the stack (options, typed state, values), which the host stores.
/// </summary>
public abstract class Dialog
{
    /// <summary>A dialog registered under <paramref name="id"/>.</summary>
    protected Dialog(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>The id the dialog is registered under; stored in state, so keep it stable across releases.</summary>
    public string Id { get; }

    /// <summary>
    /// When true, the dialog under this one is re-prompted rather than resumed when this one ends: for side
    /// trips, such as choosing a language in the middle of a question, whose result is not an answer.
    /// </summary>
    public virtual bool IsInterruption => false;

    /// <summary>Called when the dialog is pushed on the stack; its instance is already the active one.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken);

    /// <summary>Called when the user sends a message while this dialog is active. By default the dialog ends.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>Called when a child dialog ended with <paramref name="result"/>. By default the dialog ends with it.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>Called to ask the user again (for example after a language change). By default nothing is sent.</summary>
    public virtual Task RepromptDialogAsync(DialogContext dc, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called while the dialog is still active, just before it leaves the stack.</summary>
    public virtual Task EndDialogAsync(DialogContext dc, DialogEndReason reason, CancellationToken cancellationToken) => Task.CompletedTask;
}
