using CoachBot.Tests.Support;

namespace CoachBot.Tests.Coaching.Support;

/// <summary>
/// One bot message as readable lines: "# title", the text, "## heading" and "- line" per card section, the
/// buttons in [brackets], and the citations by inventory id. For "why?" the section headings are the rule ids.
/// </summary>
public static class MessageText
{
    public static IReadOnlyList<string> Lines(BotMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var lines = new List<string>();
        if (Card.Title(message) is { } title)
        {
            lines.Add($"# {title}");
        }

        lines.AddRange(Card.Text(message).Split('\n'));
        foreach (var section in Card.Sections(message))
        {
            lines.Add($"## {section.Heading}");
            lines.AddRange(section.Lines.Select(l => $"- {l}"));
        }

        if (message.Buttons.Count > 0)
        {
            lines.Add(string.Join(" ", message.Buttons.Select(b => $"[{b}]")));
        }

        lines.AddRange(Card.CitationNames(message).Select(c => $"cites {c}"));
        if (Card.FeedbackLoop(message))
        {
            lines.Add("(feedback loop on)");
        }

        return lines;
    }
}
