using System.Globalization;
using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Phrasing;

/// <summary>
/// The facts a text states that a rephrase must keep: its figures (numbers, amounts, percentages, normalised so "1,000",
/// "1.000" and "1000" are one figure, and "10%" is not "10") and its inventory ids ("H-12").
/// </summary>
public sealed partial record FactSheet(IReadOnlySet<string> Figures, IReadOnlySet<string> Sources)
{
    public static FactSheet Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sources = Source().Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

        // Ids are not figures: "H-12" states no number of anything.
        var withoutSources = Source().Replace(text, " ");
        var figures = Figure().Matches(withoutSources).Select(m => Normalise(m.Groups["number"].Value) + (m.Groups["percent"].Success ? "%" : string.Empty))
            .ToHashSet(StringComparer.Ordinal);
        return new FactSheet(figures, sources);
    }

    /// <summary>"1,000" / "1.000" / "1 000" → "1000"; "12.5" / "12,5" → "12.5"; "09" → "9".</summary>
    private static string Normalise(string number)
    {
        var digits = number.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal);
        if (Grouped().IsMatch(digits))
        {
            digits = digits.Replace(",", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal);
        }

        digits = digits.Replace(',', '.');
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value.ToString("0.################", CultureInfo.InvariantCulture)
            : digits;
    }

    [GeneratedRegex(@"\b[A-Z]{1,3}-\d{1,3}\b")]
    private static partial Regex Source();

    [GeneratedRegex(@"(?<number>\d{1,3}(?:[,. \u00A0]\d{3})+(?![\d])|\d+(?:[.,]\d+)?)\s?(?<percent>[%％])?")]
    private static partial Regex Figure();

    [GeneratedRegex(@"^\d{1,3}(?:[,. ]\d{3})+$")]
    private static partial Regex Grouped();
}
