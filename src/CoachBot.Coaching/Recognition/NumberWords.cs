using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Recognition;

/// <summary>
/// English numbers written in words next to money or a percentage ("one hundred and ten dollars", "ten percent",
/// "a hundred bucks"), turned into digits in place and padded to the same length, so every position the keyword
/// matches found stays valid (digits and unit first, the padding after). Only words followed by a currency or percent word, or after "$", are read: "one
/// guest" or "no one" stay words.
/// </summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary><paramref name="folded"/> with each number in words before a unit written in digits, same length.</summary>
    public static string Replace(string folded) =>
        folded.Contains(' ', StringComparison.Ordinal) ? Phrase().Replace(folded, Rewrite) : folded;

    private static string Rewrite(Match match)
    {
        var words = match.Groups["number"].Value;
        if (Value(words) is not { } value)
        {
            return match.Value;
        }

        var digits = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (digits + match.Groups["unit"].Value).PadRight(match.Length);
    }

    // "a hundred and ten" → 110; "twenty five" → 25; "two thousand" → 2000; null when a word is not a number word.
    private static int? Value(string words)
    {
        int total = 0, current = 0;
        foreach (var word in words.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word is "and" or "a")
            {
                current = word == "a" && current == 0 ? 1 : current;
                continue;
            }

            if (Units.TryGetValue(word, out var unit))
            {
                current += unit;
            }
            else if (word == "hundred")
            {
                current = Math.Max(current, 1) * 100;
            }
            else if (word == "thousand")
            {
                total += Math.Max(current, 1) * 1000;
                current = 0;
            }
            else
            {
                return null;
            }
        }

        return total + current is > 0 and var value ? value : null;
    }

    // Built from the words above, so a number word is listed once: any run of number words, "a" and "and", ending in
    // a number word, then the unit.
    private static readonly Regex Pattern = BuildPattern();

    private static Regex Phrase() => Pattern;

    private static Regex BuildPattern()
    {
        var numbers = string.Join('|', Units.Keys.Where(k => k != "zero").Append("hundred").Append("thousand"));
        return new Regex(
            $@"(?<![\p{{L}}\p{{N}}])(?<number>(?:(?:a|and|zero|{numbers})[ -]?)*(?:{numbers}))(?<unit> ?(?:dollars?|bucks|usd|percent|per cent|pct|%))",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }
}
