namespace CoachBot.Coaching.Recognition;

/// <summary>
/// Reads Chinese numerals as people write them: 三百五十 (350), 一千零五 (1005), the spoken short forms
/// 一千二 (1200) and 一万五 (15000), and digit strings without units as in 八五折 (85).
/// </summary>
internal static class ChineseNumeral
{
    /// <summary>The value of <paramref name="run"/>, and whether it holds a unit of a hundred or more.</summary>
    public static (decimal Value, bool HasLargeUnit) Parse(ReadOnlySpan<char> run, AmountTables tables)
    {
        decimal total = 0, section = 0, number = 0, lastUnit = 0;
        var digitsSinceUnit = 0;
        var largeUnit = false;
        var afterUnit = false;
        foreach (var c in run)
        {
            if (tables.ChineseDigits.TryGetValue(c, out var digit))
            {
                number = digitsSinceUnit > 0 ? (number * 10) + digit : digit;
                digitsSinceUnit++;
                continue;
            }

            var unit = tables.ChineseUnits[c];
            largeUnit |= unit >= 100;
            if (unit >= 10000)
            {
                section += number;
                total += (section == 0 ? 1 : section) * unit;
                section = 0;
            }
            else
            {
                section += (number == 0 && digitsSinceUnit == 0 ? 1 : number) * unit;
            }

            number = 0;
            lastUnit = unit;
            digitsSinceUnit = 0;
            afterUnit = true;
        }

        // 一千二 means 1200: one digit straight after a unit of a hundred or more counts a tenth of that unit.
        var tail = afterUnit && digitsSinceUnit == 1 && lastUnit >= 100 && RunEndsWithDigitAfterUnit(run, tables)
            ? number * lastUnit / 10
            : number;
        return (total + section + tail, largeUnit);
    }

    private static bool RunEndsWithDigitAfterUnit(ReadOnlySpan<char> run, AmountTables tables) =>
        run.Length >= 2 && tables.ChineseUnits.ContainsKey(run[^2]);
}
