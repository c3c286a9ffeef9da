using System.Buffers;
using System.Globalization;
using System.Text.Unicode;

namespace CoachBot.Protocol.Schema;

/// <summary>
/// Checks what the JSON parser does not check in values it does not decode (a <see cref="System.Text.Json.JsonElement"/>
/// or <see cref="System.Text.Json.Nodes.JsonNode"/> keeps raw bytes until read): that the text is UTF-8, and that no
/// string escape leaves a UTF-16 surrogate unpaired. Either would make the first later read throw, deep in turn code.
/// Cheap by design: one vectorised UTF-8 pass, and a walk over backslashes only, which are rare in activities.
/// </summary>
internal static class JsonTextCheck
{
    private static readonly SearchValues<byte> Backslash = SearchValues.Create("\\"u8);

    /// <summary>What is wrong with the text, without quoting any of it; null when nothing is.</summary>
    public static string? FindProblem(ReadOnlySpan<byte> utf8Json)
    {
        if (!Utf8.IsValid(utf8Json))
        {
            return "the body is not valid UTF-8";
        }

        return FindUnpairedSurrogate(utf8Json) is { } at
            ? string.Create(CultureInfo.InvariantCulture, $"a \\u escape at byte {at} is half of a UTF-16 surrogate pair")
            : null;
    }

    /// <summary>
    /// The offset of a <c>\uD800</c>–<c>\uDFFF</c> escape that is not part of a high-low pair. Backslashes only
    /// appear inside strings in valid JSON, and escapes are consecutive, so walking from one to the next is exact;
    /// in invalid JSON the parser reports the problem anyway.
    /// </summary>
    private static int? FindUnpairedSurrogate(ReadOnlySpan<byte> json)
    {
        var i = json.IndexOfAny(Backslash);
        while (i >= 0 && i + 1 < json.Length)
        {
            var step = 2;
            if (json[i + 1] == (byte)'u' && Hex(json, i + 2) is { } unit)
            {
                step = 6;
                if (char.IsLowSurrogate((char)unit))
                {
                    return i;
                }

                if (char.IsHighSurrogate((char)unit))
                {
                    if (!(i + 7 < json.Length && json[i + 6] == (byte)'\\' && json[i + 7] == (byte)'u'
                        && Hex(json, i + 8) is { } low && char.IsLowSurrogate((char)low)))
                    {
                        return i;
                    }

                    step = 12;
                }
            }

            var next = json[(i + step)..].IndexOfAny(Backslash);
            i = next < 0 ? -1 : i + step + next;
        }

        return null;
    }

    private static int? Hex(ReadOnlySpan<byte> json, int start)
    {
        if (start + 4 > json.Length)
        {
            return null;
        }

        var value = 0;
        foreach (var b in json.Slice(start, 4))
        {
            var digit = HexConverter(b);
            if (digit < 0)
            {
                return null;
            }

            value = (value << 4) | digit;
        }

        return value;
    }

    private static int HexConverter(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };
}
