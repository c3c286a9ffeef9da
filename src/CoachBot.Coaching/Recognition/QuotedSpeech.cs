using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Recognition;

/// <summary>
/// Someone else's words quoted in a message ("client told me 'đổi khách sạn lằng nhằng lắm em'"): they tell what
/// happened, not the language the sender reads, so the language is told from the words around them.
/// </summary>
internal static partial class QuotedSpeech
{
    // A quote opens at the start or after a space and closes before a space, punctuation or the end, so the
    // apostrophe in "don't" opens nothing.
    [GeneratedRegex(@"(?<=^|\s|[:：,，])(['‘""“][^'’""”\n]+['’""”]|「[^」\n]*」|『[^』\n]*』)(?=$|\s|[,.;:!?，。；：！？])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Quote();

    private const int MinWordsAround = 4;

    private static readonly System.Buffers.SearchValues<char> QuoteOpeners = System.Buffers.SearchValues.Create("'\"‘“「『");

    /// <summary>The message without its quotes, or null when it has none or too little is left to tell a language.</summary>
    public static string? Around(string text)
    {
        if (text.AsSpan().IndexOfAny(QuoteOpeners) < 0)
        {
            return null;
        }

        string around;
        try
        {
            around = Quote().Replace(text, " ");
        }
        catch (RegexMatchTimeoutException)
        {
            // Many openers and no closer make the scan quadratic, and a busy machine can stretch any scan past the
            // limit: the language is then told from the whole message, as for one without quotes.
            return null;
        }

        if (around.Length == text.Length || Words(around) < MinWordsAround)
        {
            return null;
        }

        return around;
    }

    private static int Words(string text)
    {
        int words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            // A Han character is a word of its own, as the detector counts them.
            var han = CharClass.IsHan(c);
            var letter = char.IsLetter(c) && !han;
            words += han || (letter && !inWord) ? 1 : 0;
            inWord = letter;
        }

        return words;
    }
}
