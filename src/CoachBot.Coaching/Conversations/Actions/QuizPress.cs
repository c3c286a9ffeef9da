using System.Globalization;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// A tap on a quiz card's letter: which quiz, which question of it (from 0) and which option. Sent back as the choice
/// <c>quiz:1733400000000:2:b</c>, so a press names its question and a second tap, a re-sent invoke or a tap on an
/// older card is recognised as such instead of answering the question now open.
/// </summary>
internal sealed record QuizPress(long QuizId, int Index, string Option)
{
    private const string Prefix = "quiz:";

    public string ToValue() => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{QuizId}:{Index}:{Option}");

    /// <summary>The press the turn carries, or null.</summary>
    public static QuizPress? Read(IncomingTurn turn)
    {
        var value = ChoiceRecognizer.SubmittedChoice(turn.Value) ?? turn.Text?.Trim();
        if (value is null || !value.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = value[Prefix.Length..].Split(':');
        return parts.Length == 3
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var quiz)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && parts[2].Length > 0
                ? new QuizPress(quiz, index, parts[2])
                : null;
    }
}
