using System.Globalization;

namespace CoachBot.Coaching.Recognition;

/// <summary>
/// Finds amounts in folded text as people type them: "$5", "5 đô", "5 usd", "10%", "10 phần trăm",
/// "1tr2", "1,2 triệu", "500k", "1.500.000đ", "120万", "一千二", "三百五十元", "百分之十", "九折", "八五折",
/// "打9折". The words around numbers come from the lexicon; the number grammar is here.
/// </summary>
internal sealed partial class AmountParser(AmountTables tables)
{
    public List<ParsedAmount> Parse(string text) => Parse(text, default);

    public List<ParsedAmount> Parse(string text, AmountParseMode mode)
    {
        var amounts = new List<ParsedAmount>();
        var i = 0;
        while (i < text.Length)
        {
            var percentPrefix = WordAt(text, i, tables.PercentPrefixes);
            var numberStart = i + (percentPrefix?.Word.Length ?? 0);
            var end = numberStart < text.Length ? TryNumber(text, i, numberStart, percentPrefix is not null, amounts, mode) : -1;
            i = end > i ? end : i + 1;
        }

        return amounts;
    }

    /// <summary>Parses the number at <paramref name="start"/>; returns where it ended, or -1.</summary>
    private int TryNumber(string text, int from, int start, bool percentPrefix, List<ParsedAmount> amounts, AmountParseMode mode)
    {
        var c = text[start];
        int end;
        decimal value;
        bool hasMultiplier = false, chinese = false, largeUnit = false;
        string? implied = null;
        if (CharClass.IsAsciiDigit(c) && (start == 0 || !CharClass.IsWordChar(text[start - 1]) || percentPrefix))
        {
            end = ReadDigits(text, start);
            if (end < text.Length && text[end] == ':')
            {
                return end + 1; // a time of day, not an amount
            }

            (value, var integer) = ParseDigits(text.AsSpan(start, end - start), mode.DecimalMark);
            // "2tr", "500 nghìn": a multiplier that is also a currency word names the đồng.
            var unit = SuffixWordAt(text, end, tables.CurrencySuffixes, allowDigitAfter: true)?.Word.Code;
            (value, end, hasMultiplier) = ApplyMultiplier(text, end, value, integer);
            implied = hasMultiplier ? unit : null;
        }
        else if (tables.ChineseDigits.ContainsKey(c) || (c == '十' && tables.ChineseUnits.ContainsKey(c)))
        {
            end = start;
            while (end < text.Length && tables.IsChineseNumeral(text[end]))
            {
                end++;
            }

            (value, largeUnit) = ChineseNumeral.Parse(text.AsSpan(start, end - start), tables);
            chinese = true;
        }
        else
        {
            return -1;
        }

        return Classify(text, from, end, value, (hasMultiplier, chinese, largeUnit, percentPrefix, implied), amounts, mode);
    }

    private int Classify(
        string text, int from, int end, decimal value, (bool HasMultiplier, bool Chinese, bool LargeUnit, bool PercentPrefix, string? Implied) read,
        List<ParsedAmount> amounts, AmountParseMode mode)
    {
        var (hasMultiplier, chinese, largeUnit, percentPrefix, implied) = read;
        var kind = AmountKind.Money;
        var currency = implied;
        if (SuffixAt(text, end, tables.PercentSuffixes) is { } percent)
        {
            kind = AmountKind.Percent;
            end = percent;
        }
        else if (SuffixAt(text, end, tables.DiscountSuffixes) is { } discount)
        {
            kind = AmountKind.DiscountMultiplier;
            end = discount;
        }
        else if (SuffixWordAt(text, end, tables.CurrencySuffixes) is { } suffix)
        {
            currency = suffix.Word.Code;
            end = suffix.End;
        }
        else if (SuffixAt(text, end, tables.Counters) is not null)
        {
            return end; // "40 rooms", "12 lần", "两三天": a count, not an amount
        }

        if (end < text.Length && CharClass.IsWordChar(text[end]) && !CharClass.IsAsciiDigit(text[end]))
        {
            return end; // "12th", "5am": glued to a word
        }

        kind = percentPrefix ? AmountKind.Percent : kind;
        currency ??= PrefixBefore(text, from, tables.CurrencyPrefixes)?.Code;
        var marked = kind != AmountKind.Money || currency is not null || hasMultiplier;
        // 十分, 一下: words, not amounts; in an answer a numeral standing alone ("一百二") is the amount.
        var standsAlone = mode.Answer && (end >= text.Length || !CharClass.IsHan(text[end]));
        if (chinese && !marked && !largeUnit && !standsAlone)
        {
            return end;
        }

        if (kind == AmountKind.DiscountMultiplier)
        {
            if (value is <= 0 or >= 100)
            {
                return end;
            }

            value = value < 10 ? (10 - value) * 10 : 100 - value;
        }

        amounts.Add(new ParsedAmount(value, kind, currency, from, end, !marked));
        return end;
    }

    private (decimal Value, int End, bool HasMultiplier) ApplyMultiplier(string text, int end, decimal value, bool integer)
    {
        if (SuffixWordAt(text, end, tables.Multipliers, allowDigitAfter: true) is not { } multiplier)
        {
            return (value, end, false);
        }

        var factor = multiplier.Word.Factor;
        value *= factor;
        end = multiplier.End;
        var glued = end < text.Length && CharClass.IsAsciiDigit(text[end]) && text[end - 1] != ' ';
        if (glued && integer)
        {
            // "1tr2" is 1.2 million, "2k5" is 2500: digits glued after the multiplier are its decimals.
            var digitsEnd = end;
            while (digitsEnd < text.Length && CharClass.IsAsciiDigit(text[digitsEnd]))
            {
                digitsEnd++;
            }

            var digits = text.AsSpan(end, digitsEnd - end);
            value += decimal.Parse(digits, CultureInfo.InvariantCulture) * factor / Pow10(digits.Length);
            end = digitsEnd;
        }

        return (value, end, true);
    }

    private static int ReadDigits(string text, int start)
    {
        var end = start;
        while (end < text.Length && (CharClass.IsAsciiDigit(text[end])
            || (text[end] is '.' or ',' && end + 1 < text.Length && CharClass.IsAsciiDigit(text[end + 1]))))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// "1.500.000" and "120,000" group thousands; "1,2" and "8.5" have decimals; with both marks the last
    /// one is the decimal mark. A single mark before three digits ("1.500") groups thousands unless it is the
    /// locale's <paramref name="decimalMark"/>.
    /// </summary>
    internal static (decimal Value, bool Integer) ParseDigits(ReadOnlySpan<char> digits, char? decimalMark = null)
    {
        var text = digits.ToString();
        var lastSep = text.LastIndexOfAny(['.', ',']);
        if (lastSep < 0)
        {
            return (decimal.Parse(text, CultureInfo.InvariantCulture), true);
        }

        var mixed = text.Contains('.', StringComparison.Ordinal) && text.Contains(',', StringComparison.Ordinal);
        var groups = text.Split('.', ',');
        var thousands = !mixed && groups.Skip(1).All(g => g.Length == 3) && (groups.Length > 2 || text[lastSep] != decimalMark);
        if (thousands)
        {
            return (decimal.Parse(string.Concat(groups), CultureInfo.InvariantCulture), true);
        }

        var whole = new string([.. text[..lastSep].Where(CharClass.IsAsciiDigit)]);
        var normalised = (whole.Length == 0 ? "0" : whole) + "." + text[(lastSep + 1)..];
        return (decimal.Parse(normalised, CultureInfo.InvariantCulture), false);
    }

    private static decimal Pow10(int n)
    {
        decimal result = 1;
        for (var i = 0; i < n; i++)
        {
            result *= 10;
        }

        return result;
    }
}
