using System.Globalization;

namespace CoachBot.Dialogs;

/// <summary>
/// Reads a number as people type it: "12", "-3", "2.5", "2,5", "1,234.5", "1.234,5", "1,234,567", full-width digits.
/// A single separator followed by exactly three digits groups thousands ("1,234" and "1.234" are 1234), as both
/// English and Vietnamese write them; otherwise it is the decimal point.
/// </summary>
public static class NumberRecognizer
{
    /// <summary>Reads <paramref name="text"/> as a number.</summary>
    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        var folded = TextFolding.Fold(text).Replace('\u2212', '-');
        var negative = folded.StartsWith('-');
        var body = folded.TrimStart('-', '+').Trim();
        if (body.Length == 0 || folded.Length - body.Length > 1 || !char.IsAsciiDigit(body[0]) || !char.IsAsciiDigit(body[^1])
            || body.Any(c => !char.IsAsciiDigit(c) && c is not ',' and not '.'))
        {
            return false;
        }

        var normalized = Normalize(body);
        if (normalized is null
            || !decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            return false;
        }

        value = negative ? -parsed : parsed;
        return true;
    }

    // Returns the digits with '.' as the only decimal point, or null when the separators make no sense.
    private static string? Normalize(string body)
    {
        var lastComma = body.LastIndexOf(',');
        var lastDot = body.LastIndexOf('.');
        if (lastComma < 0 && lastDot < 0)
        {
            return body;
        }

        char group, point;
        if (lastComma >= 0 && lastDot >= 0)
        {
            (point, group) = lastDot > lastComma ? ('.', ',') : (',', '.');
        }
        else
        {
            var separator = lastComma >= 0 ? ',' : '.';
            var parts = body.Split(separator);
            var grouping = parts.Length > 2 || (parts[1].Length == 3 && parts[0] != "0" && parts[0].Length <= 3);
            (point, group) = grouping ? ('\0', separator) : (separator, '\0');
        }

        var pointAt = point == '\0' ? -1 : body.IndexOf(point, StringComparison.Ordinal);
        if (pointAt >= 0 && body.LastIndexOf(point) != pointAt)
        {
            return null;
        }

        var integer = pointAt < 0 ? body : body[..pointAt];
        var fraction = pointAt < 0 ? string.Empty : body[(pointAt + 1)..];
        if (fraction.Contains(group, StringComparison.Ordinal) || !ValidGroups(integer, group))
        {
            return null;
        }

        var digits = group == '\0' ? integer : integer.Replace(group.ToString(), string.Empty, StringComparison.Ordinal);
        return fraction.Length == 0 ? digits : digits + "." + fraction;
    }

    private static bool ValidGroups(string integer, char group)
    {
        if (group == '\0' || !integer.Contains(group, StringComparison.Ordinal))
        {
            return true;
        }

        var groups = integer.Split(group);
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3);
    }
}
