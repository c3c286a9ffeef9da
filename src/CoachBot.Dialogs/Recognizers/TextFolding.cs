using System.Globalization;
using System.Text;

namespace CoachBot.Dialogs;

/// <summary>
/// Folds text for matching what people type against known words: full-width to normal width, diacritics
/// removed (Vietnamese "hủy" → "huy", with đ/Đ mapped to d/D by hand because they do not decompose),
/// whitespace collapsed. Case is kept: compare folded text with <see cref="StringComparer.OrdinalIgnoreCase"/>.
/// </summary>
public static class TextFolding
{
    private static readonly char[] TrailingPunctuation = ['.', '!', '?', ',', ';', ':', '~', '…', '。', '！', '？', '，', '、'];

    /// <summary>The folded form of <paramref name="text"/>; empty for null or blank text.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        // Most texts folded in a turn are the catalog's English words and plain ASCII messages, already folded:
        // returned as they are, not rebuilt through two normalisations.
        if (IsFoldedAscii(text))
        {
            return text;
        }

        var decomposed = UnicodeText.Normalize(UnicodeText.Normalize(text, NormalizationForm.FormKC), NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
        }

        return UnicodeText.Normalize(builder.ToString(), NormalizationForm.FormC);
    }

    private static bool IsFoldedAscii(string text)
    {
        if (text[0] == ' ' || text[^1] == ' ')
        {
            return false;
        }

        var previous = 'x';
        foreach (var c in text)
        {
            if (c >= 0x80 || (char.IsWhiteSpace(c) && (c != ' ' || previous == ' ')))
            {
                return false;
            }

            previous = c;
        }

        return true;
    }

    /// <summary>The folded form without trailing punctuation ("Có!" → "Co", "为什么？" → "为什么").</summary>
    public static string FoldForMatch(string? text) => Fold(text).TrimEnd(TrailingPunctuation).TrimEnd();
}
