namespace CoachBot.Dialogs;

/// <summary>
/// An ordered list of steps. Each step runs once; the step index is stored, so after a prompt's answer (next
/// turn, possibly in another process) the next step runs with the answer in <see cref="WaterfallStepContext.Result"/>.
/// The dialog ends with the last step's result when the steps run out.
/// </summary>
public class WaterfallDialog : Dialog
{
    private readonly IReadOnlyList<WaterfallStep> _steps;

    /// <summary>A waterfall registered under <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentException">There are no steps.</exception>
    public WaterfallDialog(string id, IEnumerable<WaterfallStep> steps)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(steps);
        _steps = [.. steps];
        if (_steps.Count == 0)
        {
            throw new ArgumentException("A waterfall needs at least one step.", nameof(steps));
        }
    }

    /// <inheritdoc />
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken) =>
        RunStepAsync(dc, 0, null, cancellationToken);

    /// <summary>The user answered a step that did not begin a prompt: the next step runs with the message text as result.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return RunStepAsync(dc, dc.RequireActive().StepIndex + 1, dc.Turn.Text, cancellationToken);
    }

    /// <summary>A child ended: the next step runs with its result.</summary>
    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return RunStepAsync(dc, dc.RequireActive().StepIndex + 1, result, cancellationToken);
    }

    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }

        var frame = dc.RequireActive();
        frame.StepIndex = index;
        var step = new WaterfallStepContext(this, dc, frame, result);
        return await _steps[index](step, cancellationToken).ConfigureAwait(false);
    }
}
