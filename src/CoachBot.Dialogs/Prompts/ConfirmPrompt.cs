namespace CoachBot.Dialogs;

/// <summary>
/// Asks a yes/no question with Yes and No buttons in the turn's language; ends with true or false.
/// See <see cref="ConfirmRecognizer"/> for the words understood.
/// </summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    /// <inheritdoc />
    protected override Task<PromptRecognition<bool>> OnRecognizeAsync(DialogContext dc, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var answer = ConfirmRecognizer.Recognize(ChoiceRecognizer.SubmittedChoice(dc.Turn.Value) ?? dc.Turn.Text);
        return Task.FromResult(new PromptRecognition<bool>(answer.HasValue, answer ?? false));
    }

    /// <inheritdoc />
    protected override string DefaultRetryText(DialogContext dc, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.Texts.For(EngineStrings.AnswerYesOrNo, dc.Language);
    }

    /// <inheritdoc />
    protected override IReadOnlyList<Choice> Buttons(DialogContext dc, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return [new Choice(dc.Texts.For(EngineStrings.Yes, dc.Language), "yes"), new Choice(dc.Texts.For(EngineStrings.No, dc.Language), "no")];
    }
}
