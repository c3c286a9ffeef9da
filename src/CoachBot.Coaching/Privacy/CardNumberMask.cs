using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Privacy;

/// <summary>
/// Masks what looks like a payment card number in text a user asked the bot to keep: 13 to 19 digits that pass the
/// Luhn check, typed in one piece or in groups split by spaces or dashes. All digits but the last four become
/// <see cref="MaskCharacter"/>; separators stay, so the note still reads as it was typed. Numbers that fail the check
/// (a room, a phone, most booking references) are kept.
/// </summary>
public static partial class CardNumberMask
{
    public const char MaskCharacter = '•';

    private const int MinDigits = 13;
    private const int MaxDigits = 19;
    private const int VisibleDigits = 4;

    /// <summary><paramref name="text"/> with every card-like number masked; the same string when there is none.</summary>
    public static string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? masked = null;
        foreach (Match run in DigitRun().Matches(text))
        {
            var groups = run.Groups["digits"].Captures;
            for (var start = 0; start < groups.Count; start++)
            {
                if (LongestCardFrom(groups, start) is not { } end)
                {
                    continue;
                }

                masked ??= new StringBuilder(text);
                MaskDigits(masked, groups[start].Index, groups[end].Index + groups[end].Length);
                start = end;
            }
        }

        return masked?.ToString() ?? text;
    }

    /// <summary>The last group of the longest card number starting at group <paramref name="start"/>, if any.</summary>
    private static int? LongestCardFrom(CaptureCollection groups, int start)
    {
        int? found = null;
        var digits = new StringBuilder(MaxDigits);
        for (var end = start; end < groups.Count; end++)
        {
            digits.Append(groups[end].ValueSpan);
            if (digits.Length > MaxDigits)
            {
                break;
            }

            if (digits.Length >= MinDigits && PassesLuhn(digits))
            {
                found = end;
            }
        }

        return found;
    }

    private static bool PassesLuhn(StringBuilder digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = CharUnicodeInfo.GetDecimalDigitValue(digits[digits.Length - 1 - i]);
            if (i % 2 == 1)
            {
                digit = digit * 2 > 9 ? (digit * 2) - 9 : digit * 2;
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }

    private static void MaskDigits(StringBuilder text, int from, int to)
    {
        var keep = VisibleDigits;
        for (var i = to - 1; i >= from; i--)
        {
            if (!char.IsDigit(text[i]))
            {
                continue;
            }

            if (keep > 0)
            {
                keep--;
            }
            else
            {
                text[i] = MaskCharacter;
            }
        }
    }

    // Groups of digits (any script's decimal digits: full-width ones too) split by a space, no-break space or dash.
    [GeneratedRegex(@"(?<!\d)(?<digits>\d+)(?:[ \u00A0\-\u2010\u2011\u2013]{1,3}(?<digits>\d+))*(?!\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DigitRun();
}
