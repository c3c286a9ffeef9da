using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Phrasing;

/// <summary>
/// The facts a text states that a rephrase must keep, read from the text as normalised by <see cref="Clean"/>:
/// <list type="bullet">
/// <item>figures: a number with its sign, currency, magnitude, percent or time of day ("$120", "-10%", "50k", "10 pm",
/// "1.200.000đ", "120万"), grouping written any way ("1,000" = "1.000" = "1000"), counted (a figure said twice is two);</item>
/// <item>number words and numerals ("ten", "mười", "百分之十", "九折"), which the rephrase must keep as written;</item>
/// <item>inventory ids ("H-12").</item>
/// </list>
/// </summary>
public sealed partial record FactSheet(IReadOnlyList<string> Figures, IReadOnlyList<string> Words, IReadOnlySet<string> Sources)
{
    /// <summary>The figures and number words as the text writes them ("1.200.000đ", "九折"), for a prompt's list of facts to keep.</summary>
    public IReadOnlyList<string> Written { get; init; } = [];

    public static FactSheet Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = Clean(text);
        var sources = Source().Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

        // Ids are not figures: "H-12" states no number of anything.
        var rest = Source().Replace(text, " ");
        var matches = Figure().Matches(rest);
        var figures = matches.Select(Figure).ToList();
        var lower = rest.ToLowerInvariant();
        var words = NumberWord().Matches(lower).Select(m => m.Value.Trim())
            .Concat(ChineseNumber().Matches(rest).Select(m => m.Value))
            .ToList();
        return new FactSheet(figures, words, sources)
        {
            Written = [.. matches.Select(m => m.Value.Trim()).Concat(words).Distinct(StringComparer.Ordinal)],
        };
    }

    /// <summary>The same text whatever its Unicode form: NFKC (full-width digits are digits), invisible characters removed.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normal = text.Normalize(NormalizationForm.FormKC);
        var clean = new StringBuilder(normal.Length);
        foreach (var c in normal)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    private static string Figure(Match m)
    {
        var sign = m.Groups["sign"].Value is "-" or "−" ? "-" : m.Groups["sign"].Value == "+" ? "+" : string.Empty;
        var currency = Currency(m.Groups["pre"].Value + m.Groups["unit"].Value);
        var unit = m.Groups["unit"].Value.ToLowerInvariant().Replace(".", string.Empty, StringComparison.Ordinal);
        var kind = currency ?? unit switch
        {
            "%" or "％" => "%",
            "k" or "nghìn" or "ngàn" or "千" => "k",
            "m" or "triệu" => "m",
            "万" => "万",
            "亿" or "tỷ" => "亿",
            "am" or "sáng" or "上午" => "am",
            "pm" or "chiều" or "tối" or "下午" or "晚上" => "pm",
            _ => string.Empty,
        };
        return sign + Normalise(m.Groups["number"].Value) + kind;
    }

    private static string? Currency(string marks)
    {
        var lower = marks.ToLowerInvariant();
        return lower.Contains('$', StringComparison.Ordinal) || lower.Contains("usd", StringComparison.Ordinal) || lower.Contains("dollar", StringComparison.Ordinal) ? "$"
            : lower.Contains('€', StringComparison.Ordinal) || lower.Contains("eur", StringComparison.Ordinal) ? "€"
            : lower.Contains('£', StringComparison.Ordinal) ? "£"
            : lower.Contains('đ', StringComparison.Ordinal) || lower.Contains('₫', StringComparison.Ordinal) || lower.Contains("vnd", StringComparison.Ordinal) ? "đ"
            : lower.Contains('¥', StringComparison.Ordinal) || lower.Contains('元', StringComparison.Ordinal) || lower.Contains('块', StringComparison.Ordinal) ? "元"
            : null;
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

    [GeneratedRegex(
        @"(?<sign>[+\-−](?=\s?[$€£¥₫]?\d))?(?<pre>[$€£¥₫]|usd\s?|eur\s?)?(?<number>\d{1,3}(?:[,. \u00A0]\d{3})+(?!\d)|\d+(?:[.,]\d+)?)\s?(?<unit>%|％|(?:k|m)(?![a-z])|a\.?m\.?(?![a-z])|p\.?m\.?(?![a-z])|đ|₫|vnd|usd|eur|dollars?|nghìn|ngàn|triệu|tỷ|sáng|chiều|tối|元|块|千|万|亿|上午|下午|晚上)?",
        RegexOptions.IgnoreCase)]
    private static partial Regex Figure();

    [GeneratedRegex(@"^\d{1,3}(?:[,. ]\d{3})+$")]
    private static partial Regex Grouped();

    // Number words a rephrase could use for a figure; Vietnamese only the unambiguous ones ("năm" is also "year").
    [GeneratedRegex(@"(?<![\p{L}])(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|percent|per cent|half|double|twice|triple|mười|mươi|trăm|nghìn|ngàn|triệu|tỷ|phần trăm|gấp đôi|một nửa)(?![\p{L}])")]
    private static partial Regex NumberWord();

    // Chinese numerals, with a following 折 or 成 (九折 is 10% off, 八成 is 80%) or 倍.
    [GeneratedRegex(@"[零〇一二两兩三四五六七八九十百千万萬亿億半]+[折成倍]?|百分之[零〇一二两兩三四五六七八九十百]+")]
    private static partial Regex ChineseNumber();
}
