using System.Globalization;
using System.Text.RegularExpressions;

namespace CoachBot.Evaluation;

/// <summary>
/// The figure invariants a reply must hold everywhere (first screen and behind More): no negative amount, no
/// percentage above 100, and no dollar figure worked out from a rate typed in another currency (đồng, yuan, NT$):
/// such a rate is named, never converted or held against the property's caps.
/// </summary>
public static partial class FigureCheck
{
    /// <summary>What is wrong with the figures of <paramref name="reply"/> to <paramref name="message"/>; empty when nothing.</summary>
    public static IReadOnlyList<string> Problems(string message, string reply)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(reply);
        var problems = new List<string>();
        if (NegativeAmount().Match(reply) is { Success: true } negative)
        {
            problems.Add($"negative amount in '{Around(reply, negative.Index)}'");
        }

        foreach (Match percent in Percentage().Matches(reply))
        {
            if (decimal.TryParse(percent.Groups["value"].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value > 100)
            {
                problems.Add($"{percent.Value} off in '{Around(reply, percent.Index)}'");
                break;
            }
        }

        if (ForeignCurrency().IsMatch(message) && !Dollars().IsMatch(message) && Dollars().IsMatch(reply))
        {
            problems.Add("dollar figures from a rate in another currency");
        }

        return problems;
    }

    // The line a bad figure sits in, so a failure list says which sentence of the card is wrong.
    private static string Around(string reply, int index)
    {
        var start = reply.LastIndexOf('\n', index) + 1;
        var end = reply.IndexOf('\n', index);
        var line = reply[start..(end < 0 ? reply.Length : end)].Trim();
        return line.Length <= 120 ? line : line[..120] + "…";
    }

    [GeneratedRegex(@"(?:[$₫¥]|NT\$)\s?[-−]\s?\d|[-−]\s?(?:[$₫¥]|NT\$)\s?\d|\d\s?[-−]\d+\s?(?:₫|đ)")]
    private static partial Regex NegativeAmount();

    [GeneratedRegex(@"(?<value>\d+(?:\.\d+)?)\s?%")]
    private static partial Regex Percentage();

    [GeneratedRegex(@"\d\s?(?:đ|₫|vnd|đồng|tr\b|triệu|元|块|台币|台幣)|NT\$|¥\s?\d|\d\s?tr\d", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignCurrency();

    [GeneratedRegex(@"\$\s?\d|\d\s?(?:usd|dollars?|bucks|đô|美元|美金)", RegexOptions.IgnoreCase)]
    private static partial Regex Dollars();
}
