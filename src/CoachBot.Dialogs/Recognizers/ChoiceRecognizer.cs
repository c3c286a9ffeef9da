using System.Globalization;
using System.Text.Json;

namespace CoachBot.Dialogs;

/// <summary>
/// Finds the choice a user picked: a card submit <c>{"choice": value}</c>, the exact title, value or a synonym,
/// the same ignoring case, width and diacritics, or its position ("2", "#2").
/// </summary>
public static class ChoiceRecognizer
{
    /// <summary>The choice picked by <paramref name="text"/> or <paramref name="value"/>, or null when none or several match.</summary>
    public static Choice? Recognize(string? text, JsonElement? value, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var answer = SubmittedChoice(value) ?? text;
        if (string.IsNullOrWhiteSpace(answer) || choices.Count == 0)
        {
            return null;
        }

        var trimmed = answer.Trim();
        return Single(choices, c => Names(c).Any(n => string.Equals(n, trimmed, StringComparison.OrdinalIgnoreCase)))
            ?? FoldedMatch(choices, TextFolding.FoldForMatch(answer))
            ?? ByPosition(choices, TextFolding.FoldForMatch(answer));
    }

    /// <summary>The <c>choice</c> string of a card submit payload, or null.</summary>
    public static string? SubmittedChoice(JsonElement? value) => CardValue.TextField(value, "choice");

    private static Choice? FoldedMatch(IReadOnlyList<Choice> choices, string folded) =>
        folded.Length == 0
            ? null
            : Single(choices, c => Names(c).Any(n => string.Equals(TextFolding.FoldForMatch(n), folded, StringComparison.OrdinalIgnoreCase)));

    private static Choice? ByPosition(IReadOnlyList<Choice> choices, string folded)
    {
        var digits = folded.StartsWith('#') ? folded[1..].TrimStart() : folded;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            && position >= 1 && position <= choices.Count
                ? choices[position - 1]
                : null;
    }

    // Two choices that fold to the same word ("Có" and "Cô") are ambiguous: better to ask again than guess.
    private static Choice? Single(IReadOnlyList<Choice> choices, Func<Choice, bool> matches)
    {
        var found = choices.Where(matches).Take(2).ToList();
        return found.Count == 1 ? found[0] : null;
    }

    private static IEnumerable<string> Names(Choice choice) =>
        new[] { choice.Value, choice.Title }.Concat(choice.Synonyms ?? []);
}
