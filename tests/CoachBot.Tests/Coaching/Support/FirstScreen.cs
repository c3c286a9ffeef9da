using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CoachBot.Tests.Support;

namespace CoachBot.Tests.Coaching.Support;

/// <summary>
/// The first screen of a message (issue 9): every text block shown before any button is opened — the card's title,
/// text, lines and any section shown at once, not the button titles nor what opens behind "More" — and the rules it
/// must keep so a staffer with a guest in front of them can read it: at most <see cref="MaxBlocks"/> blocks, at most
/// <see cref="MaxCharacters"/> characters together (unwrapped), no block said twice, and the title not repeated by
/// the block under it. Citation markers ("[1]") are not counted: Teams shows them as small source pills.
/// </summary>
public static partial class FirstScreen
{
    public const int MaxBlocks = 6;
    public const int MaxCharacters = 450;

    /// <summary>The text of each block of the first screen, in reading order (the activity's text when there is no card).</summary>
    public static IReadOnlyList<string> Blocks(BotMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var card = message.Activity["attachments"]?.AsArray()
            .FirstOrDefault(a => (string?)a?["contentType"] == "application/vnd.microsoft.card.adaptive")?["content"];
        if (card is null)
        {
            return (string?)message.Activity["text"] is { Length: > 0 } text ? [Unmarked(text)] : [];
        }

        var blocks = new List<string>();
        Collect(card["body"]?.AsArray() ?? [], blocks);
        return blocks;
    }

    /// <summary>What is wrong with the first screen of <paramref name="message"/>; empty when it keeps every rule.</summary>
    public static IReadOnlyList<string> Problems(BotMessage message)
    {
        var blocks = Blocks(message);
        var problems = new List<string>();
        if (blocks.Count > MaxBlocks)
        {
            problems.Add($"{blocks.Count} blocks (at most {MaxBlocks})");
        }

        var characters = blocks.Sum(b => new StringInfo(b).LengthInTextElements);
        if (characters > MaxCharacters)
        {
            problems.Add($"{characters} characters (at most {MaxCharacters})");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in blocks.Where(b => !seen.Add(Normalised(b))))
        {
            problems.Add($"said twice: \"{block}\"");
        }

        var title = Card.Title(message);
        if (title is not null && blocks.Count > 1 && blocks[0] == title && Normalised(WithoutLabel(blocks[1])) == Normalised(title))
        {
            problems.Add($"the title is repeated by the block under it: \"{blocks[1]}\"");
        }

        return problems;
    }

    /// <summary>Fails with every problem and the blocks when the first screen breaks a rule.</summary>
    public static void IsShort(BotMessage message)
    {
        var problems = Problems(message);
        Assert.True(
            problems.Count == 0,
            $"First screen: {string.Join("; ", problems)}\n{string.Join("\n", Blocks(message).Select((b, i) => $"  {i + 1}. {b}"))}");
    }

    private static void Collect(JsonArray elements, List<string> blocks)
    {
        foreach (var element in elements.OfType<JsonNode>())
        {
            // Hidden elements (Action.ToggleVisibility's "More") are not on the first screen.
            if ((bool?)element["isVisible"] == false)
            {
                continue;
            }

            switch ((string?)element["type"])
            {
                case "TextBlock":
                    blocks.Add(Unmarked((string?)element["text"] ?? string.Empty));
                    break;
                case "Container":
                    Collect(element["items"]?.AsArray() ?? [], blocks);
                    break;
                case "ColumnSet":
                    foreach (var column in element["columns"]?.AsArray().OfType<JsonNode>() ?? [])
                    {
                        Collect(column["items"]?.AsArray() ?? [], blocks);
                    }

                    break;
            }
        }
    }

    private static string Unmarked(string text) => CitationMarkers().Replace(text, string.Empty).Trim();

    /// <summary>"Say now: Apologise first" → "Apologise first": a short label before a colon is not what is said.</summary>
    private static string WithoutLabel(string text) => Label().Replace(text, string.Empty);

    /// <summary>Case, spacing, bullets and end punctuation do not make a block different.</summary>
    private static string Normalised(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC).ToLowerInvariant().TrimStart('-', '*', '•', ' '))
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString().TrimEnd(' ', '.', '!', '?', '。', '！', '？', ':', '：');
    }

    [GeneratedRegex(@"(\s*\[\d+\])+")]
    private static partial Regex CitationMarkers();

    [GeneratedRegex(@"^[^:：\n]{1,24}[:：]\s*")]
    private static partial Regex Label();
}
