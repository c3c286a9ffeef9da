using System.Diagnostics.CodeAnalysis;

namespace CoachBot.Coaching.Recognition;

/// <summary>
/// Reads an answer to "what is the rate?" or "how much off?" as people type it: "120", "$5", "5 đô", "1tr2",
/// "1,2 triệu", "500k", "120万", "一百二", "10%", "10 phần trăm", "百分之十", "九折". Unlike
/// <see cref="Recogniser.Recognise"/>, a bare number counts, as the question said what it is. The locale
/// (e.g. <c>vi-VN</c>) settles "1.500" and "1,500": Vietnamese writes a decimal comma, English and Chinese a
/// decimal point; without one, a single mark before three digits groups thousands. Thread-safe.
/// Get one from <see cref="Recogniser.Amounts"/>.
/// </summary>
public sealed class AmountReader
{
    private readonly TextNormaliser _normaliser;
    private readonly AmountParser _parser;

    internal AmountReader(TextNormaliser normaliser, AmountParser parser)
    {
        _normaliser = normaliser;
        _parser = parser;
    }

    /// <summary>The first sum of money in <paramref name="text"/> ("120", "$5", "1tr2", "一百二"); false when there is none.</summary>
    public bool TryReadMoney(string text, string? localeHint, out decimal value)
    {
        var found = Read(text, localeHint).Find(a => a.Kind == AmountKind.Money);
        value = Trimmed(found.Value);
        return found != default;
    }

    /// <summary>
    /// The first percentage in <paramref name="text"/> ("10%", "10 phần trăm", "百分之十"; "九折" reads as 10, the
    /// percent off), or a bare number from 0 to 100 ("10"); false when there is none.
    /// </summary>
    public bool TryReadPercent(string text, string? localeHint, out decimal value)
    {
        var found = Read(text, localeHint).Find(a => a.Kind != AmountKind.Money || (a.Bare && a.Value <= 100));
        value = Trimmed(found.Value);
        return found != default;
    }

    /// <summary>The first amount of any kind, with its currency when the text names one; its role is <see cref="AmountRole.None"/>.</summary>
    public bool TryRead(string text, string? localeHint, [NotNullWhen(true)] out Amount? amount)
    {
        var found = Read(text, localeHint).FirstOrDefault();
        amount = found == default ? null : new Amount(Trimmed(found.Value), found.Kind, found.Currency, AmountRole.None);
        return amount is not null;
    }

    private List<ParsedAmount> Read(string text, string? localeHint)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _parser.Parse(_normaliser.Fold(text), new AmountParseMode(DecimalMark(localeHint), Answer: true));
    }

    /// <summary>Drops trailing zeros: "1,2 triệu" reads as 1200000, not 1200000.0.</summary>
    private static decimal Trimmed(decimal value) => value / 1.000000000000000000000000000m;

    private static char? DecimalMark(string? localeHint) =>
        localeHint is null || localeHint.Length < 2 ? null
        : localeHint.StartsWith("vi", StringComparison.OrdinalIgnoreCase) ? ','
        : localeHint.StartsWith("en", StringComparison.OrdinalIgnoreCase) || localeHint.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? '.'
        : null;
}
