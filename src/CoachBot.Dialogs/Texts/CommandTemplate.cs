namespace CoachBot.Dialogs;

/// <summary>
/// A command phrase with a slot, "{0}", for what the user names ("my notes on {0}", "关于{0}的记录"): the folded text
/// before and after the slot, and whether a space must separate each from the name (never in Chinese).
/// </summary>
internal sealed record CommandTemplate(CommandId Command, ReplyLanguage Language, string Before, string After, bool SpaceBefore, bool SpaceAfter)
{
    public const string Slot = "{0}";

    // A command with a name is a short message; folding longer text prefix by prefix would cost for nothing.
    private const int MaxMessageLength = 200;

    public int LiteralLength => Before.Length + After.Length;

    /// <summary>Whether <paramref name="phrase"/> has a slot (the loader allows one at most).</summary>
    public static bool HasSlot(string phrase) => phrase.Contains(Slot, StringComparison.Ordinal);

    public static CommandTemplate From(CommandId command, CommandPhrase phrase)
    {
        var at = phrase.Text.IndexOf(Slot, StringComparison.Ordinal);
        var before = phrase.Text[..at];
        var after = phrase.Text[(at + Slot.Length)..];
        return new CommandTemplate(
            command,
            phrase.Language,
            TextCatalog.FoldPhrase(before),
            TextFolding.FoldForMatch(after),
            before.Length > 0 && char.IsWhiteSpace(before[^1]),
            after.Length > 0 && char.IsWhiteSpace(after[0]));
    }

    /// <summary>
    /// The name in the slot, as the user typed it (case and marks kept), when the whole message fits; else null.
    /// <paramref name="folded"/> is the message as <see cref="TextCatalog.FoldPhrase"/> folds it, folded once by the
    /// caller for all of a command's templates.
    /// </summary>
    public string? Match(string text, string folded)
    {
        if (text.Length > MaxMessageLength)
        {
            return null;
        }

        if (!folded.StartsWith(Before, StringComparison.OrdinalIgnoreCase) || !folded.EndsWith(After, StringComparison.OrdinalIgnoreCase)
            || folded.Length <= LiteralLength)
        {
            return null;
        }

        var start = Start(text);
        var end = start < 0 ? -1 : End(text, start);
        if (end < 0)
        {
            return null;
        }

        var name = text[start..end].Trim().TrimEnd('.', '!', '?', ',', ';', ':', '。', '！', '？', '，', '、').TrimEnd();
        return TextFolding.FoldForMatch(name).Length == 0 ? null : name;
    }

    // Where the name begins: just past the shortest start of the message that folds to the text before the slot.
    private int Start(string text)
    {
        var leading = text.Length - text.TrimStart().TrimStart('/').Length;
        if (Before.Length == 0)
        {
            return leading;
        }

        for (var i = leading + 1; i <= text.Length; i++)
        {
            var head = TextCatalog.FoldPhrase(text[..i]);
            if (head.Length > Before.Length)
            {
                return -1;
            }

            if (string.Equals(head, Before, StringComparison.OrdinalIgnoreCase) && (!SpaceBefore || (i < text.Length && char.IsWhiteSpace(text[i]))))
            {
                return i;
            }
        }

        return -1;
    }

    // Where the name ends: just before the shortest end of the message that folds to the text after the slot.
    private int End(string text, int start)
    {
        var end = text.TrimEnd().Length;
        if (After.Length == 0)
        {
            return end;
        }

        for (var i = end - 1; i > start; i--)
        {
            var tail = TextFolding.FoldForMatch(text[i..]);
            if (string.Equals(tail, After, StringComparison.OrdinalIgnoreCase) && (!SpaceAfter || char.IsWhiteSpace(text[i - 1])))
            {
                return i;
            }

            if (tail.Length > After.Length + 1)
            {
                return -1;
            }
        }

        return -1;
    }
}
