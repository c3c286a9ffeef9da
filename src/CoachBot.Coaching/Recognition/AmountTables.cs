using System.Collections.Frozen;

namespace CoachBot.Coaching.Recognition;

/// <summary>
/// The words around numbers, from the lexicon's <c>amounts</c> section, folded and sorted longest first so
/// the parser always takes the longest unit ("phan tram" before "p"). Arrays, not lists behind an interface: the
/// parser walks them for every number, and an interface's enumerator is garbage each time.
/// </summary>
internal sealed record AmountTables(
    UnitWord[] CurrencyPrefixes,
    UnitWord[] CurrencySuffixes,
    UnitWord[] Multipliers,
    UnitWord[] PercentPrefixes,
    UnitWord[] PercentSuffixes,
    UnitWord[] DiscountPrefixes,
    UnitWord[] DiscountSuffixes,
    UnitWord[] Counters,
    FrozenDictionary<char, int> ChineseDigits,
    FrozenDictionary<char, long> ChineseUnits,
    IReadOnlyDictionary<string, double> Supports,
    int RoleWindowBefore,
    int RoleWindowAfter)
{
    public bool IsChineseNumeral(char c) => ChineseDigits.ContainsKey(c) || ChineseUnits.ContainsKey(c);
}
