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
    private readonly (string Taiwan, string Mainland)[] _words;

    /// <param name="traditionalToSimplified">Character folding.</param>
    /// <param name="taiwanWords">Taiwan words and the mainland words of the same length the lexicon is written in
    /// (客訴 → 投訴, 飯店 → 酒店), folded like any text; the same length keeps every position in the folded text.</param>
    public TextNormaliser(IReadOnlyDictionary<char, char> traditionalToSimplified, IEnumerable<(string Taiwan, string Mainland)>? taiwanWords = null)
    {
        _traditionalToSimplified = traditionalToSimplified.ToFrozenDictionary();
        _words = [.. (taiwanWords ?? []).Select(w => (FoldCharacters(w.Taiwan), FoldCharacters(w.Mainland))).Where(w => w.Item1.Length == w.Item2.Length && w.Item1 != w.Item2)];
    }

    /// <summary>True when the character is a traditional form that simplified text does not use.</summary>
    public bool IsTraditionalOnly(char c) => _traditionalToSimplified.ContainsKey(c);

    public string Fold(string text)
    {
        var builder = new StringBuilder(FoldCharacters(text));
        foreach (var (taiwan, mainland) in _words)
        {
            builder.Replace(taiwan, mainland);
        }

        return builder.ToString();
    }

    // Everything but the Taiwan words: the words themselves are folded with this, so a word list can never fold itself.
    private string FoldCharacters(string text)
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
