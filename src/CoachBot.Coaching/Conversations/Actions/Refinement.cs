using System.Globalization;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// A refinement button's press: which advice it belongs to (its <see cref="AdviceMemory.Sequence"/>), the fact it
/// sets and the value ("?" for "not sure", the fact <c>intent</c> for "another situation"). Sent back as the choice
/// <c>coach:refine:3:demands_compensation=true</c>, so a press reads the same from a card, a fallback submit or text.
/// </summary>
internal sealed record Refinement(int Sequence, string Fact, string Value)
{
    public const string NotSure = "?";
    public const string IntentFact = "intent";
    private const string Prefix = "coach:refine:";

    public string ToValue() => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Sequence}:{Fact}={Value}");

    /// <summary>The refinement the turn presses, or null.</summary>
    public static Refinement? Read(IncomingTurn turn)
    {
        var value = ChoiceRecognizer.SubmittedChoice(turn.Value) ?? turn.Text?.Trim();
        if (value is null || !value.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = value[Prefix.Length..];
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        var equals = rest.IndexOf('=', StringComparison.Ordinal);
        return colon > 0 && equals > colon + 1 && equals < rest.Length - 1
            && int.TryParse(rest.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            ? new Refinement(sequence, rest[(colon + 1)..equals], rest[(equals + 1)..])
            : null;
    }
}
