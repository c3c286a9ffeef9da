namespace CoachBot.Coaching.Recognition;

/// <summary>Looking for the lexicon's unit words just before or after a number.</summary>
internal sealed partial class AmountParser
{
    private static UnitWord? WordAt(string text, int position, IReadOnlyList<UnitWord> words)
    {
        foreach (var word in words)
        {
            if (string.CompareOrdinal(text, position, word.Word, 0, word.Word.Length) == 0
                && (position == 0 || !CharClass.IsWordChar(word.Word[0]) || !CharClass.IsWordChar(text[position - 1])))
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>The end of a unit word at <paramref name="end"/> (one space allowed before it), or null.</summary>
    private static int? SuffixAt(string text, int end, IReadOnlyList<UnitWord> words) =>
        SuffixWordAt(text, end, words)?.End;

    private static (UnitWord Word, int End)? SuffixWordAt(string text, int end, IReadOnlyList<UnitWord> words, bool allowDigitAfter = false)
    {
        foreach (var skip in (ReadOnlySpan<int>)[0, 1])
        {
            var at = end + skip;
            if (skip == 1 && (end >= text.Length || text[end] != ' '))
            {
                break;
            }

            foreach (var word in words)
            {
                if (string.CompareOrdinal(text, at, word.Word, 0, word.Word.Length) != 0)
                {
                    continue;
                }

                var after = at + word.Word.Length;
                var boundary = after >= text.Length || !CharClass.IsWordChar(word.Word[^1]) || !CharClass.IsWordChar(text[after])
                    || (allowDigitAfter && CharClass.IsAsciiDigit(text[after]));
                if (boundary && at + word.Word.Length <= text.Length)
                {
                    return (word, after);
                }
            }
        }

        return null;
    }

    /// <summary>A currency word just before the number ("$5", "usd 5", "¥120"), one space allowed.</summary>
    private static UnitWord? PrefixBefore(string text, int start, IReadOnlyList<UnitWord> words)
    {
        var end = start > 0 && text[start - 1] == ' ' ? start - 1 : start;
        foreach (var word in words)
        {
            var at = end - word.Word.Length;
            if (at >= 0 && string.CompareOrdinal(text, at, word.Word, 0, word.Word.Length) == 0
                && (at == 0 || !CharClass.IsWordChar(word.Word[0]) || !CharClass.IsWordChar(text[at - 1])))
            {
                return word;
            }
        }

        return null;
    }
}
