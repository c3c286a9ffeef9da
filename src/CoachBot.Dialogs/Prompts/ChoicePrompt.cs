namespace CoachBot.Dialogs;

/// <summary>
/// Asks the user to pick one of <see cref="PromptOptions.Choices"/>; ends with the picked <see cref="Choice"/>.
/// See <see cref="ChoiceRecognizer"/> for what counts as picking.
/// </summary>
public sealed class ChoicePrompt(string id, PromptValidator<Choice>? validator = null) : Prompt<Choice>(id, validator)
{
    /// <inheritdoc />
    protected override Task<PromptRecognition<Choice>> OnRecognizeAsync(DialogContext dc, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(options);
        var choice = ChoiceRecognizer.Recognize(dc.Turn.Text, dc.Turn.Value, options.Choices);
        return Task.FromResult(new PromptRecognition<Choice>(
            choice is not null, choice is null ? null : new Choice(choice.Title, choice.Value)));
    }

    /// <inheritdoc />
    protected override string DefaultRetryText(DialogContext dc, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.Texts.For(EngineStrings.PickOneOfTheOptions, dc.Language);
    }
}
