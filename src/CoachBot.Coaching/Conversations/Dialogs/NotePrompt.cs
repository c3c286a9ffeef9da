using CoachBot.Coaching.Privacy;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>Asks for a short free-text note; a button press (card submit) counts as the answer too, so "Skip" works from a card. Card numbers in the note are masked (<see cref="CardNumberMask"/>).</summary>
internal sealed class NotePrompt(string id) : Prompt<string>(id, null)
{
    protected override Task<PromptRecognition<string>> OnRecognizeAsync(DialogContext dc, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var text = (ChoiceRecognizer.SubmittedChoice(dc.Turn.Value) ?? dc.Turn.Text)?.Trim();

        // The note is kept; a card number typed into it is masked here, where it enters, so no copy ever holds it.
        text = text is null ? null : CardNumberMask.Mask(text);
        return Task.FromResult(new PromptRecognition<string>(!string.IsNullOrEmpty(text), text));
    }

    protected override string DefaultRetryText(DialogContext dc, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(options);
        return options.Prompt.For(dc.Language);
    }
}
