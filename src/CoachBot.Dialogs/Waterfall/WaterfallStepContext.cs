namespace CoachBot.Dialogs;

/// <summary>What a waterfall step gets: the turn, the previous step's result, and the waterfall's own values.</summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog _dialog;
    private readonly DialogFrame _frame;

    internal WaterfallStepContext(WaterfallDialog dialog, DialogContext context, DialogFrame frame, object? result)
    {
        _dialog = dialog;
        _frame = frame;
        Context = context;
        Result = result;
        Values = new DialogValues(frame.Values);
    }

    /// <summary>The turn.</summary>
    public DialogContext Context { get; }

    /// <summary>The incoming message.</summary>
    public IncomingTurn Turn => Context.Turn;

    /// <summary>The language to answer in.</summary>
    public ReplyLanguage Language => Context.Language;

    /// <summary>The index of this step (0 first).</summary>
    public int Index => _frame.StepIndex;

    /// <summary>The previous step's result: typically the answer to the prompt it began.</summary>
    public object? Result { get; }

    /// <summary>Whether the previous step's prompt gave up after too many re-asks.</summary>
    public bool IsTooManyAttempts => Result is TooManyAttempts;

    /// <summary>The waterfall's values, kept between its steps and turns.</summary>
    public DialogValues Values { get; }

    /// <summary>The previous result as <typeparamref name="T"/>, or default when it is something else.</summary>
    public T? GetResult<T>() => Result is T value ? value : default;

    /// <summary>The options the waterfall was begun with, or default.</summary>
    public T? GetOptions<T>() => _frame.Options is { } e ? DialogStateSerializer.FromElement<T>(e) : default;

    /// <summary>Queues a reply.</summary>
    public Task SendAsync(Reply reply, CancellationToken cancellationToken) => Context.SendAsync(reply, cancellationToken);

    /// <summary>Queues a text in the turn's language.</summary>
    public Task SendAsync(LocalizedText text, CancellationToken cancellationToken) => Context.SendAsync(text, cancellationToken);

    /// <summary>Queues the catalog's text <paramref name="id"/> in the turn's language.</summary>
    public Task SendAsync(TextId id, CancellationToken cancellationToken) => Context.SendAsync(id, cancellationToken);

    /// <summary>Begins a prompt; its answer arrives in the next step's <see cref="Result"/>.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken) =>
        Context.PromptAsync(dialogId, options, cancellationToken);

    /// <summary>Begins a child dialog; its result arrives in the next step's <see cref="Result"/>.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken) =>
        Context.BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Ends the waterfall with <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken) =>
        Context.EndDialogAsync(result, cancellationToken);

    /// <summary>Runs the next step now, with <paramref name="result"/>.</summary>
    /// <exception cref="InvalidOperationException">The waterfall is no longer the active dialog.</exception>
    public Task<DialogTurnResult> NextAsync(object? result, CancellationToken cancellationToken)
    {
        if (!ReferenceEquals(Context.ActiveFrame, _frame))
        {
            throw new InvalidOperationException("NextAsync needs the waterfall to be the active dialog.");
        }

        return _dialog.RunStepAsync(Context, _frame.StepIndex + 1, result, cancellationToken);
    }
}
