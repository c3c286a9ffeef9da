using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// The buttons under advice and how a press (a card submit, the button value, or its title typed in any language)
/// is read back. "Why?" sends the global command <c>why</c>, which the runner routes to the explain hook.
/// </summary>
internal static class AdviceButtons
{
    private static readonly (AdviceAction Action, string Value, TextId[] Titles)[] Actions =
    [
        (AdviceAction.Escalate, "coach:escalate", [CoachTexts.CallManagerButton, CoachTexts.CallSecurityButton]),
        (AdviceAction.Helpful, "coach:helpful", [CoachTexts.HelpfulButton]),
        (AdviceAction.NotHelpful, "coach:not-helpful", [CoachTexts.NotHelpfulButton]),
        (AdviceAction.AfterCall, "coach:after-call", [CoachTexts.AfterCallButton]),
    ];

    /// <summary>"Why?" for the advice numbered <paramref name="sequence"/>: pressed on an older card it says the card expired
    /// rather than explain newer advice (typed, "why" explains the last advice).</summary>
    public static Choice Why(TextCatalog texts, ReplyLanguage language, int sequence) =>
        new(texts.For(CoachTexts.WhyButton, language), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{WhyPrefix}{sequence}"));

    /// <summary>The advice number a "Why?" press carries, or null when the turn is not one.</summary>
    public static int? WhyPressed(IncomingTurn turn) =>
        ChoiceRecognizer.SubmittedChoice(turn.Value) is { } value && value.StartsWith(WhyPrefix, StringComparison.Ordinal)
            && int.TryParse(value.AsSpan(WhyPrefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var sequence)
            ? sequence
            : null;

    private const string WhyPrefix = "coach:why:";

    /// <summary>"Call the duty manager" for the advice numbered <paramref name="sequence"/> (see <see cref="EscalationPress"/>).</summary>
    public static Choice CallManager(TextCatalog texts, ReplyLanguage language, int sequence) =>
        new(texts.For(CoachTexts.CallManagerButton, language), EscalationPress.ValueFor(sequence, "duty_manager"));

    /// <summary>"Call security" for the advice numbered <paramref name="sequence"/>.</summary>
    public static Choice CallSecurity(TextCatalog texts, ReplyLanguage language, int sequence) =>
        new(texts.For(CoachTexts.CallSecurityButton, language), EscalationPress.ValueFor(sequence, "security"));

    public static Choice AfterCall(TextCatalog texts, ReplyLanguage language) =>
        new(texts.For(CoachTexts.AfterCallButton, language), Actions.First(a => a.Action == AdviceAction.AfterCall).Value);

    /// <summary>The action the turn presses, or null when it is not one of these buttons.</summary>
    public static AdviceAction? Read(TextCatalog texts, IncomingTurn turn)
    {
        var answer = TextFolding.FoldForMatch(ChoiceRecognizer.SubmittedChoice(turn.Value) ?? turn.Text);
        if (answer.Length == 0)
        {
            return null;
        }

        foreach (var (action, value, titles) in Actions)
        {
            if (string.Equals(answer, value, StringComparison.OrdinalIgnoreCase)
                || answer.StartsWith(value + ":", StringComparison.OrdinalIgnoreCase)
                || titles.SelectMany(t => texts[t].All).Any(t => string.Equals(TextFolding.FoldForMatch(t), answer, StringComparison.OrdinalIgnoreCase)))
            {
                return action;
            }
        }

        return null;
    }

}
