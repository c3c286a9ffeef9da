using System.Text;

namespace CoachBot.Protocol.Connector;

/// <summary>
/// Escapes a path or query value exactly as JavaScript's <c>encodeURIComponent</c> (which Microsoft's
/// ConnectorClient uses), so both clients request the same URL: like <see cref="Uri.EscapeDataString(string)"/>
/// but leaving <c>! * ' ( )</c> as they are.
/// </summary>
internal static class UriComponent
{
    public static string Escape(string value)
    {
        var escaped = Uri.EscapeDataString(value);
        if (!escaped.Contains('%', StringComparison.Ordinal))
        {
            return escaped;
        }

        return new StringBuilder(escaped)
            .Replace("%21", "!")
            .Replace("%2A", "*")
            .Replace("%27", "'")
            .Replace("%28", "(")
            .Replace("%29", ")")
            .ToString();
    }
}
