using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text;

namespace CoachBot.Diagnostics;

/// <summary>
/// Renders a log message so that nothing a caller controls can forge a log line or drive the operator's terminal:
/// control characters (CR, LF, ESC …), Unicode line separators and bidirectional overrides inside the logged
/// <em>values</em> are written as escapes (<c>\r</c>, <c>\u001B</c>). The message template itself is left alone.
/// </summary>
internal static class LogText
{
    private const string OriginalFormat = "{OriginalFormat}";

    private static readonly SearchValues<char> Unsafe = SearchValues.Create(UnsafeCharacters());

    /// <summary>The message as <paramref name="formatter"/> renders it, with unsafe characters in the values escaped.</summary>
    public static string Render<TState>(TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var message = formatter(state, exception);
        if (!NeedsEscaping(message))
        {
            return message;
        }

        return state is IReadOnlyList<KeyValuePair<string, object?>> values && Template(values) is { } template
            ? RenderTemplate(template, values)
            : Escape(message);
    }

    /// <summary>Whether <paramref name="text"/> holds a character <see cref="Escape"/> would change.</summary>
    public static bool NeedsEscaping(string text) => text.AsSpan().ContainsAny(Unsafe) || HasUnpairedSurrogate(text);

    /// <summary>The text with every unsafe character written as an escape; the same instance when there is none.</summary>
    public static string Escape(string text)
    {
        if (!NeedsEscaping(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }

            _ = c switch
            {
                '\r' => builder.Append("\\r"),
                '\n' => builder.Append("\\n"),
                '\t' => builder.Append("\\t"),
                _ when Unsafe.Contains(c) || char.IsSurrogate(c) => builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    private static string? Template(IReadOnlyList<KeyValuePair<string, object?>> values)
    {
        for (var i = values.Count - 1; i >= 0; i--)
        {
            if (values[i].Key == OriginalFormat)
            {
                return values[i].Value as string;
            }
        }

        return null;
    }

    /// <summary>
    /// Renders a message template as the logging libraries do (holes <c>{Name}</c>, <c>{Name,align:format}</c>,
    /// <c>{{</c> and <c>}}</c>; values invariant; null as "(null)"; lists comma-separated), escaping each value.
    /// </summary>
    private static string RenderTemplate(string template, IReadOnlyList<KeyValuePair<string, object?>> values)
    {
        var builder = new StringBuilder(template.Length + 64);
        var position = 0;
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                builder.Append(c);
                i++;
                continue;
            }

            var end = c == '{' ? template.IndexOf('}', i + 1) : -1;
            if (end < 0)
            {
                builder.Append(c);
                continue;
            }

            var hole = template.AsSpan(i + 1, end - i - 1);
            var colon = hole.IndexOf(':');
            var format = colon >= 0 ? hole[(colon + 1)..].ToString() : null;
            var nameAndAlignment = colon >= 0 ? hole[..colon] : hole;
            var comma = nameAndAlignment.IndexOf(',');
            var name = (comma >= 0 ? nameAndAlignment[..comma] : nameAndAlignment).Trim().ToString();
            var alignment = comma >= 0 && int.TryParse(nameAndAlignment[(comma + 1)..], NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var a) ? a : 0;
            var text = Escape(Format(Find(values, name, position), format));
            builder.Append(alignment > 0 ? text.PadLeft(alignment) : text.PadRight(-alignment));
            position++;
            i = end;
        }

        return builder.ToString();
    }

    private static object? Find(IReadOnlyList<KeyValuePair<string, object?>> values, string name, int position)
    {
        foreach (var (key, value) in values)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return position < values.Count && values[position].Key != OriginalFormat ? values[position].Value : null;
    }

    private static string Format(object? value, string? format) => value switch
    {
        null => "(null)",
        string text => text,
        IFormattable formattable => formattable.ToString(format, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join(", ", items.Cast<object?>().Select(item => Format(item, format))),
        _ => value.ToString() ?? string.Empty,
    };

    private static bool HasUnpairedSurrogate(string text)
    {
        var at = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (at < 0)
        {
            return false;
        }

        for (var i = at; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static string UnsafeCharacters()
    {
        var builder = new StringBuilder();
        for (var c = '\0'; c < ' '; c++)
        {
            builder.Append(c);
        }

        for (var c = '\u007F'; c <= '\u009F'; c++)
        {
            builder.Append(c);
        }

        // Line and paragraph separators end a line in some viewers; bidi controls can reorder what the operator reads.
        return builder.Append("\u2028\u2029\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069").ToString();
    }
}
