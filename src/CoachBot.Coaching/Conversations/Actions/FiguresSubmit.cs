using System.Globalization;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// The discount card's figures form sent back: <c>{"choice": "coach:figures:3", "rate": "120", "given": "", "ask": "10%"}</c>,
/// each input as typed (read by the recogniser's amount reader, so "1tr2" and "九折" work as in a message).
/// </summary>
internal sealed record FiguresSubmit(int Sequence, string? Rate, string? Given, string? Ask)
{
    public const string RateInput = "rate";
    public const string GivenInput = "given";
    public const string AskInput = "ask";
    private const string Prefix = "coach:figures:";

    public static string ValueFor(int sequence) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{sequence}");

    /// <summary>The form the turn submits, or null.</summary>
    public static FiguresSubmit? Read(IncomingTurn turn)
    {
        var choice = ChoiceRecognizer.SubmittedChoice(turn.Value);
        return choice is not null && choice.StartsWith(Prefix, StringComparison.Ordinal)
            && int.TryParse(choice.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            ? new FiguresSubmit(sequence, Input(turn, RateInput), Input(turn, GivenInput), Input(turn, AskInput))
            : null;
    }

    private static string? Input(IncomingTurn turn, string id) =>
        CardValue.TextField(turn.Value, id) is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
}
