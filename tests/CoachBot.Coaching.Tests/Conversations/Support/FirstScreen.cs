using System.Globalization;
using System.Text.RegularExpressions;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Tests.Conversations.Support;

/// <summary>
/// The first-screen rule of issue 9, checked on every card a transcript sees: what shows before anything is
/// opened (the title, the reply's text, the card's lines, any section shown at once with its heading) is at most
/// six slots and 450 characters (a citation marker "[n]" counted as 4), no slot says what another says, and the
/// headline is not repeated by the line under it.
/// </summary>
internal static partial class FirstScreen
{
    public const int MaxSlots = 6;
    public const int MaxCharacters = 450;
    private const int MarkerLength = 4;

    /// <summary>The slots a user reads before opening anything, in order.</summary>
    public static IReadOnlyList<string> Slots(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply.Card);
        var slots = new List<string>();
        if (!string.IsNullOrWhiteSpace(reply.Card.Title))
        {
            slots.Add(reply.Card.Title);
        }

        slots.Add(reply.Text);
        slots.AddRange(reply.Card.Lines);
        foreach (var section in reply.Card.Sections)
        {
            slots.Add(section.Heading);
            slots.AddRange(section.Lines);
        }

        return slots;
    }

    /// <summary>Fails when the card's first screen breaks the rule; the message names the card.</summary>
    public static void Check(Reply reply)
    {
        var slots = Slots(reply);
        var shown = string.Join(" / ", slots);
        Assert.True(slots.Count <= MaxSlots, $"First screen has {slots.Count} slots (at most {MaxSlots}): {shown}");

        var characters = slots.Sum(s => s.Length) + (reply.Citations.Count * MarkerLength);
        Assert.True(characters <= MaxCharacters, $"First screen has {characters} characters (at most {MaxCharacters}): {shown}");

        var keys = slots.Select(s => Key(Content(s))).ToList();
        for (var i = 0; i < keys.Count; i++)
        {
            for (var j = i + 1; j < keys.Count; j++)
            {
                Assert.False(keys[i].Length > 0 && keys[i] == keys[j], $"First screen says \"{slots[j]}\" twice: {shown}");
            }
        }

        if (!string.IsNullOrWhiteSpace(reply.Card!.Title))
        {
            // The headline is slot 0; the line right under it (the Say-now line) and the first step must not repeat it.
            var title = Key(reply.Card.Title);
            foreach (var next in keys.Skip(1).Take(2))
            {
                Assert.False(next.Contains(title, StringComparison.Ordinal) || title.Contains(next, StringComparison.Ordinal), $"The first line repeats the headline: {shown}");
            }
        }
    }

    /// <summary>A slot without its label ("Say now: ", "Never: ", "2. "), so a step shown twice under two labels is caught.</summary>
    public static string Content(string slot)
    {
        var numbered = Numbered().Match(slot);
        if (numbered.Success)
        {
            return slot[numbered.Length..];
        }

        var label = Label().Match(slot);
        return label.Success ? slot[label.Length..] : slot;
    }

    /// <summary>Letters and digits only, lower case: "Hold firm." and "hold firm" are the same line.</summary>
    public static string Key(string line) =>
        new([.. line.Where(char.IsLetterOrDigit).Select(c => char.ToLower(c, CultureInfo.InvariantCulture))]);

    [GeneratedRegex(@"^(\d+\.|[\u2460-\u2473])\s+")]
    private static partial Regex Numbered();

    // A short label without digits before the first colon: "Say now:", "Nói ngay:", "现在就说：", "Never:".
    [GeneratedRegex(@"^[^\d:：]{1,16}[:：]\s*")]
    private static partial Regex Label();
}
