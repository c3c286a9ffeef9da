using System.Globalization;

namespace CoachBot.Dialogs;

/// <summary>
/// Asks for a number within <see cref="PromptOptions.Minimum"/> and <see cref="PromptOptions.Maximum"/>;
/// ends with a decimal. See <see cref="NumberRecognizer"/> for the forms understood.
/// </summary>
public sealed class NumberPrompt(string id, PromptValidator<decimal>? validator = null) : Prompt<decimal>(id, validator)
{
    /// <inheritdoc />
    protected override Task<PromptRecognition<decimal>> OnRecognizeAsync(DialogContext dc, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(options);
        var text = ChoiceRecognizer.SubmittedChoice(dc.Turn.Value) ?? dc.Turn.Text;
        var ok = NumberRecognizer.TryParse(text, out var number)
            && (options.Minimum is not { } min || number >= min)
            && (options.Maximum is not { } max || number <= max);
        return Task.FromResult(new PromptRecognition<decimal>(ok, number));
    }

    /// <inheritdoc />
    protected override string DefaultRetryText(DialogContext dc, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(options);
        var (texts, language) = (dc.Texts, dc.Language);
        return (options.Minimum, options.Maximum) switch
        {
            ({ } min, { } max) => texts.Format(EngineStrings.TypeANumberBetween, language, Show(min), Show(max)),
            ({ } min, null) => texts.Format(EngineStrings.TypeANumberAtLeast, language, Show(min)),
            (null, { } max) => texts.Format(EngineStrings.TypeANumberAtMost, language, Show(max)),
            _ => texts.For(EngineStrings.TypeANumber, language),
        };
    }

    private static string Show(decimal number) => number.ToString("0.##########", CultureInfo.InvariantCulture);
}
