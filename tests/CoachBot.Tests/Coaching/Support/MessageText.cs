using CoachBot.Tests.Support;

namespace CoachBot.Tests.Coaching.Support;

/// <summary>
/// One bot message as readable lines, in the order the user meets them: the first screen ("# title", the text,
/// each line as "* line"), "## heading" and "- line" per card section, the buttons in [brackets] (a refreshing
/// one as [title ↻]), then what opens behind them (">> More" with its sections, ">> form" with its fields), and
/// the citations by inventory id. For "why?" the section headings are the rule ids.
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
        lines.AddRange(Card.Lines(message).Select(l => $"* {l}"));
        AddSections(lines, Card.Sections(message));
        if (message.Buttons.Count > 0)
        {
            lines.Add(string.Join(" ", message.Buttons.Select(b => Card.Refreshes(message, b) ? $"[{b} ↻]" : $"[{b}]")));
        }

        if (Card.More(message) is { } more)
        {
            lines.Add($">> {more.Title}");
            AddSections(lines, more.Sections);
        }

        if (Card.Form(message) is { } form)
        {
            var fields = form.Inputs.Select(i => i.Placeholder is null ? $"[{i.Id}: {i.Label}]" : $"[{i.Id}: {i.Label} ({i.Placeholder})]");
            lines.Add($">> {form.Title}: {string.Join(" ", fields)} [{form.SubmitTitle}]");
        }

        lines.AddRange(Card.CitationNames(message).Select(c => $"cites {c}"));
        if (Card.FeedbackLoop(message))
        {
            lines.Add("(feedback loop on)");
        }

        if (Card.AiGenerated(message))
        {
            lines.Add(TranscriptLlm.AiLabel);
        }

        return lines;
    }

    private static void AddSections(List<string> lines, IReadOnlyList<CardSection> sections)
    {
        foreach (var section in sections)
        {
            lines.Add($"## {section.Heading}");
            lines.AddRange(section.Lines.Select(l => $"- {l}"));
        }
    }
}
