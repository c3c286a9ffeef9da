namespace CoachBot.Dialogs;

/// <summary>
/// A question that waits for an answer of type <typeparamref name="T"/>: ask, recognise, validate, re-ask up to
/// <see cref="PromptOptions.MaxRetries"/> times, then end with the answer or with <see cref="TooManyAttempts"/>.
/// Begin it with <see cref="PromptOptions"/>.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    private readonly PromptValidator<T>? _validator;

    /// <summary>A prompt registered under <paramref name="id"/>, with an optional extra check of the answer.</summary>
    protected Prompt(string id, PromptValidator<T>? validator)
        : base(id) => _validator = validator;

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is not PromptOptions promptOptions)
        {
            throw new ArgumentException($"Prompt '{Id}' must be begun with {nameof(PromptOptions)}.", nameof(options));
        }

        await OnPromptAsync(dc, promptOptions, false, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var frame = dc.RequireActive();
        var options = ReadOptions(dc);
        var repliesBefore = dc.Replies.Count;
        var recognized = await OnRecognizeAsync(dc, options, cancellationToken).ConfigureAwait(false);
        var valid = recognized.Succeeded
            && (_validator is null
                || await _validator(new PromptValidatorContext<T>(dc, recognized.Value!, options, frame.RetryCount + 1), cancellationToken).ConfigureAwait(false));
        if (valid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        }

        if (frame.RetryCount >= options.MaxRetries)
        {
            return await dc.EndDialogAsync(TooManyAttempts.Instance, cancellationToken).ConfigureAwait(false);
        }

        frame.RetryCount++;
        if (dc.Replies.Count == repliesBefore)
        {
            await OnPromptAsync(dc, options, true, cancellationToken).ConfigureAwait(false);
        }

        return DialogTurnResult.Waiting;
    }

    /// <summary>A child pushed on top of a prompt ended: the prompt asks its question again and keeps waiting.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        await RepromptDialogAsync(dc, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    /// <inheritdoc />
    public override Task RepromptDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        OnPromptAsync(dc, ReadOptions(dc), false, cancellationToken);

    /// <summary>Sends the question (or, when <paramref name="isRetry"/>, the re-ask) with the prompt's buttons.</summary>
    protected virtual Task OnPromptAsync(DialogContext dc, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(options);
        var text = isRetry
            ? options.RetryPrompt?.For(dc.Language) ?? DefaultRetryText(dc, options)
            : options.Prompt.For(dc.Language);
        return dc.SendAsync(new Reply(text) { Choices = Buttons(dc, options) }, cancellationToken);
    }

    /// <summary>Reads the answer from <see cref="DialogContext.Turn"/>.</summary>
    protected abstract Task<PromptRecognition<T>> OnRecognizeAsync(DialogContext dc, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>The re-ask text when the options give none.</summary>
    protected abstract string DefaultRetryText(DialogContext dc, PromptOptions options);

    /// <summary>The buttons shown with the question; by default the options' choices, without their synonyms.</summary>
    protected virtual IReadOnlyList<Choice> Buttons(DialogContext dc, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return [.. options.Choices.Select(c => new Choice(c.Title, c.Value))];
    }

    private static PromptOptions ReadOptions(DialogContext dc) =>
        dc.GetOptions<PromptOptions>() ?? throw new InvalidOperationException("The active prompt has no stored options.");
}
