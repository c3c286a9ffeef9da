namespace CoachBot.Dialogs;

/// <summary>
/// Collects named values, asking only for those still missing: begin it with <see cref="DialogValues"/> to
/// pre-fill slots (for example facts recognised in the first message). Ends with the filled
/// <see cref="DialogValues"/>, or with <see cref="TooManyAttempts"/> when a slot's prompt gave up.
/// </summary>
public class SlotFillingDialog : Dialog
{
    private readonly IReadOnlyList<Slot> _slots;

    /// <summary>A slot-filling dialog registered under <paramref name="id"/>, asking in the order of <paramref name="slots"/>.</summary>
    public SlotFillingDialog(string id, IEnumerable<Slot> slots)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(slots);
        _slots = [.. slots];
    }

    /// <inheritdoc />
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is DialogValues prefilled)
        {
            prefilled.CopyTo(dc.RequireActive().Values);
        }

        return AskNextAsync(dc, cancellationToken);
    }

    /// <inheritdoc />
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        AskNextAsync(dc, cancellationToken);

    /// <summary>A slot's prompt answered: store the answer and ask for the next missing slot.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (result is TooManyAttempts)
        {
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }

        if (dc.GetState<SlotFillingState>()?.Asking is { } asking)
        {
            new DialogValues(dc.RequireActive().Values).Set(asking, result);
        }

        return await AskNextAsync(dc, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskNextAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var values = new DialogValues(dc.RequireActive().Values);
        var next = _slots.FirstOrDefault(s => !values.Contains(s.Name) && (s.Condition is null || s.Condition(values)));
        dc.SetState(new SlotFillingState(next?.Name));
        return next is null
            ? await dc.EndDialogAsync(new DialogValues(new(dc.RequireActive().Values, StringComparer.Ordinal)), cancellationToken).ConfigureAwait(false)
            : await dc.BeginDialogAsync(next.DialogId, next.Options, cancellationToken).ConfigureAwait(false);
    }
}
