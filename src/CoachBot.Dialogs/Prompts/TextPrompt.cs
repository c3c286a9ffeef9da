namespace CoachBot.Dialogs;

/// <summary>Asks for free text; any non-blank message is an answer (trimmed).</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    /// <inheritdoc />
    protected override Task<PromptRecognition<string>> OnRecognizeAsync(DialogContext dc, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var text = dc.Turn.Text?.Trim();
        return Task.FromResult(new PromptRecognition<string>(!string.IsNullOrEmpty(text), text));
    }

    /// <summary>A text prompt asks its own question again.</summary>
    protected override string DefaultRetryText(DialogContext dc, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(options);
        return options.Prompt.For(dc.Language);
    }
}
