using System.Collections.Frozen;
using System.Text;

namespace CoachBot.Coaching.Recognition;

/// <summary>
/// Expands the short forms people type on a phone ("ko" for "không", "dc" for "được", "kh" for "khách") to the words
/// the lexicon is written in, on folded text, whole words only. A short form right after a number is left alone:
/// there it is a unit ("500 k").
/// </summary>
internal sealed class Abbreviations
{
    private readonly FrozenDictionary<string, string> _expansions;

    /// <param name="expansions">Folded short form → folded expansion.</param>
    public Abbreviations(IReadOnlyDictionary<string, string> expansions) =>
        _expansions = expansions.ToFrozenDictionary(StringComparer.Ordinal);

    public static Abbreviations None { get; } = new(new Dictionary<string, string>());

    public int Count => _expansions.Count;

    /// <summary><paramref name="folded"/> with every short form written out; the same string when there is none.</summary>
    public string Expand(string folded)
    {
        if (_expansions.Count == 0)
        {
            return folded;
        }

        StringBuilder? builder = null;
        var copied = 0;
        var previousEndsInDigit = false;
        for (var i = 0; i < folded.Length;)
        {
            if (!IsLetterOrDigit(folded[i]))
            {
                if (!char.IsWhiteSpace(folded[i]))
                {
                    previousEndsInDigit = false;
                }

                i++;
                continue;
            }

            var start = i;
            while (i < folded.Length && IsLetterOrDigit(folded[i]))
            {
                i++;
            }

            var word = folded.AsSpan(start, i - start);
            if (!previousEndsInDigit && _expansions.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var expansion))
            {
                builder ??= new StringBuilder(folded.Length + 16);
                builder.Append(folded, copied, start - copied).Append(expansion);
                copied = i;
            }

            previousEndsInDigit = CharClass.IsAsciiDigit(folded[i - 1]);
        }

        return builder is null ? folded : builder.Append(folded, copied, folded.Length - copied).ToString();
    }

    private static bool IsLetterOrDigit(char c) => !CharClass.IsHan(c) && char.IsLetterOrDigit(c);
}
