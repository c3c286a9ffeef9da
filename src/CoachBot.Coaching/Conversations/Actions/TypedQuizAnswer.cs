using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// Reads an answer typed instead of tapped: a letter as shown ("b", "B.", "(c)"), the option's place ("2"), the
/// option's whole text, or for an order question the letters in order ("C A B D", "c, a, b, d", "cabd", "3 1 2 4").
/// Letters are the ones on the card, which are not the options' ids: the options are shown shuffled.
/// </summary>
internal static class TypedQuizAnswer
{
    private static readonly char[] Separators = [' ', ',', '，', '、', ';', '-', '>', '→', '/'];

    /// <summary>The letter shown for the option at <paramref name="place"/> (from 0).</summary>
    public static string Letter(int place) => ((char)('A' + place)).ToString();

    /// <summary>
    /// The places (from 0, in the order given) <paramref name="text"/> picks among the options shown (<paramref name="shownTexts"/>, in the order shown):
    /// one place, or for an order question every place once; null when the text is not such an answer.
    /// </summary>
    public static IReadOnlyList<int>? Read(string? text, IReadOnlyList<string> shownTexts, bool order)
    {
        ArgumentNullException.ThrowIfNull(shownTexts);
        var folded = WithoutLeadIn(TextFolding.FoldForMatch(text)).Trim('(', ')', '[', ']', ' ', '.', ':');
        if (folded.Length == 0)
        {
            return null;
        }

        if (Place(folded, shownTexts.Count) is { } single)
        {
            return [single];
        }

        var whole = shownTexts.ToList().FindIndex(t => string.Equals(TextFolding.FoldForMatch(t), folded, StringComparison.OrdinalIgnoreCase));
        if (whole >= 0)
        {
            return [whole];
        }

        if (!order)
        {
            return null;
        }

        var tokens = folded.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (tokens.Length == 1 && tokens[0].Length == shownTexts.Count && tokens[0].All(char.IsAsciiLetter))
        {
            tokens = [.. tokens[0].Select(c => c.ToString())];
        }

        var places = tokens.Select(t => Place(t.Trim('.', ')', '('), shownTexts.Count)).ToList();
        return places.Count == shownTexts.Count && places.All(p => p is not null) && places.Distinct().Count() == places.Count
            ? [.. places.Select(p => p!.Value)]
            : null;
    }

    // "the answer is b", "chọn b", "đáp án b", "选A", "答案是C": the words before the letter say nothing.
    private static readonly string[] LeadIns = ["the answer is", "answer", "my answer is", "dap an la", "dap an", "chon", "答案是", "答案", "选", "選", "我选", "我選"];

    private static string WithoutLeadIn(string folded)
    {
        foreach (var lead in LeadIns)
        {
            if (folded.StartsWith(lead, StringComparison.OrdinalIgnoreCase) && folded.Length > lead.Length)
            {
                return folded[lead.Length..].TrimStart(' ', ':', '：');
            }
        }

        return folded;
    }

    private static int? Place(string token, int count)
    {
        if (token.Length == 1 && char.IsAsciiLetter(token[0]))
        {
            var place = char.ToUpperInvariant(token[0]) - 'A';
            return place < count ? place : null;
        }

        return int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= count
                ? number - 1
                : null;
    }
}
