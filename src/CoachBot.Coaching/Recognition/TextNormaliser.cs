using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Recognition;

/// <summary>
/// Folds text so that one keyword spelling matches every way people type it: lower case, NFKC
/// (full-width to ASCII), Vietnamese marks dropped (đ by hand: it does not decompose), traditional
/// Chinese to simplified, hyphens as spaces, runs of spaces as one. Keywords are folded the same way.
/// </summary>
internal sealed class TextNormaliser
{
    private readonly FrozenDictionary<char, char> _traditionalToSimplified;

    public TextNormaliser(IReadOnlyDictionary<char, char> traditionalToSimplified)
    {
        _traditionalToSimplified = traditionalToSimplified.ToFrozenDictionary();
    }

    /// <summary>True when the character is a traditional form that simplified text does not use.</summary>
    public bool IsTraditionalOnly(char c) => _traditionalToSimplified.ContainsKey(c);

    public string Fold(string text)
    {
        var decomposed = UnicodeText.Normalize(UnicodeText.Normalize(text, NormalizationForm.FormKC), NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var raw in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var c = Map(char.ToLowerInvariant(raw));
            if (c == ' ')
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            builder.Append(c);
            lastWasSpace = false;
        }

        if (builder.Length > 0 && builder[^1] == ' ')
        {
            builder.Length--;
        }

        return builder.ToString();
    }

    private char Map(char c)
    {
        if (c == 'đ')
        {
            return 'd';
        }

        if (c is '-' or '_' or '\u2013' or '\u2014' || char.IsWhiteSpace(c))
        {
            return ' ';
        }

        if (c is '\u2019' or '\u2018' or '`')
        {
            return '\'';
        }

        return _traditionalToSimplified.TryGetValue(c, out var simplified) ? simplified : c;
    }
}
