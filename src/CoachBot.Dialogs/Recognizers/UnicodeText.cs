using System.Text;

namespace CoachBot.Dialogs;

/// <summary>
/// Unicode normalisation that cannot throw. <see cref="string.Normalize(NormalizationForm)"/> throws for text ICU
/// refuses — U+FFFE and unpaired surrogates — and users can type or paste both. Those characters mean nothing to a
/// recogniser, so they become U+FFFD first; everything else is normalised exactly as <c>string.Normalize</c> does.
/// </summary>
public static class UnicodeText
{
    private const char Replacement = '\uFFFD';

    /// <summary><paramref name="text"/> in <paramref name="form"/>, with the characters ICU refuses replaced.</summary>
    public static string Normalize(string text, NormalizationForm form = NormalizationForm.FormC)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Ascii.IsValid(text))
        {
            return text;
        }

        var safe = Repair(text);
        try
        {
            return safe.Normalize(form);
        }
        catch (ArgumentException)
        {
            // Not expected once repaired; unnormalised text only matches less well, a thrown turn fails outright.
            return safe;
        }
    }

    /// <summary>The text with U+FFFE and every unpaired surrogate replaced by U+FFFD; the same instance when there is none.</summary>
    public static string Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bad = FirstRefused(text, 0);
        if (bad < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (; bad >= 0; bad = FirstRefused(text, bad + 1))
        {
            chars[bad] = Replacement;
        }

        return new string(chars);
    }

    private static int FirstRefused(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c < '\uD800')
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || c == '\uFFFE')
            {
                return i;
            }
        }

        return -1;
    }
}
