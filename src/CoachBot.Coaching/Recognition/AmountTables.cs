using System.Collections.Frozen;

namespace CoachBot.Coaching.Recognition;

/// <summary>
/// The words around numbers, from the lexicon's <c>amounts</c> section, folded and sorted longest first so
/// the parser always takes the longest unit ("phan tram" before "p").
/// </summary>
internal sealed record AmountTables(
    IReadOnlyList<UnitWord> CurrencyPrefixes,
    IReadOnlyList<UnitWord> CurrencySuffixes,
    IReadOnlyList<UnitWord> Multipliers,
    IReadOnlyList<UnitWord> PercentPrefixes,
    IReadOnlyList<UnitWord> PercentSuffixes,
    IReadOnlyList<UnitWord> DiscountPrefixes,
    IReadOnlyList<UnitWord> DiscountSuffixes,
    IReadOnlyList<UnitWord> Counters,
    FrozenDictionary<char, int> ChineseDigits,
    FrozenDictionary<char, long> ChineseUnits,
    IReadOnlyDictionary<string, double> Supports,
    int RoleWindowBefore,
    int RoleWindowAfter)
{
    public bool IsChineseNumeral(char c) => ChineseDigits.ContainsKey(c) || ChineseUnits.ContainsKey(c);
}
