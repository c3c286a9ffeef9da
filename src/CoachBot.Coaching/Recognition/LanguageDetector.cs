namespace CoachBot.Coaching.Recognition;

/// <summary>
/// Tells the script and the language of a message from its original text (before folding): Han
/// characters mean Chinese (traditional when a traditional-only character appears); Vietnamese letters
/// and Vietnamese marker words, against English marker words, decide between Vietnamese and English, so
/// Vietnamese typed without diacritics is still Vietnamese. The locale hint breaks a tie.
/// </summary>
internal static class LanguageDetector
{
    public static string Script(string original, TextNormaliser normaliser)
    {
        var han = false;
        foreach (var c in original)
        {
            if (normaliser.IsTraditionalOnly(c))
            {
                return "hant";
            }

            han |= CharClass.IsHan(c);
        }

        return han ? "hans" : "latin";
    }

    public static string Language(string original, IReadOnlyDictionary<string, double> markers, string? localeHint)
    {
        var (han, words, vietnamese) = Count(original);
        if (han > 0 && han * 2 >= words)
        {
            return "zh";
        }

        var vi = (2.0 * vietnamese) + markers.GetValueOrDefault("vi");
        var en = markers.GetValueOrDefault("en");
        if (vi != en)
        {
            return vi > en ? "vi" : "en";
        }

        var hint = localeHint?.Length >= 2 ? localeHint[..2].ToLowerInvariant() : null;
        return hint is "vi" or "zh" ? hint : "en";
    }

    private static (int Han, int Words, int Vietnamese) Count(string text)
    {
        int han = 0, words = 0, vietnamese = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (CharClass.IsHan(c))
            {
                han++;
                inWord = false;
                continue;
            }

            if (CharClass.IsVietnameseLetter(c))
            {
                vietnamese++;
            }

            var wordChar = char.IsLetter(c);
            words += wordChar && !inWord ? 1 : 0;
            inWord = wordChar;
        }

        return (han, words, vietnamese);
    }
}
