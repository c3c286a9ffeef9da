using System.Globalization;
using System.Text;
using CoachBot.Dialogs;

namespace CoachBot.Turns;

/// <summary>
/// A whole reply as text, for clients that cannot show cards, in the card's reading order: title, text, each line,
/// the sections, then what sits behind "More" (a text client cannot open it), then the choices numbered.
/// </summary>
internal static class ReplyPlainText
{
    public static string Of(Reply reply, string text)
    {
        // Sized for a whole advice card at once: growing from 16 characters copied it five times.
        var builder = new StringBuilder(text.Length + 1024);
        if (reply.Card?.Title is { Length: > 0 } title)
        {
            builder.AppendLine(title);
        }

        builder.AppendLine(text);
        foreach (var line in reply.Card?.Lines ?? [])
        {
            builder.AppendLine(line);
        }

        AppendSections(builder, reply.Card?.Sections ?? []);
        AppendSections(builder, reply.Card?.More?.Sections ?? []);
        for (var i = 0; i < reply.Choices.Count; i++)
        {
            builder.AppendLine(CultureInfo.InvariantCulture, $"{i + 1}. {reply.Choices[i].Title}");
        }

        return builder.ToString().TrimEnd();
    }

    private static void AppendSections(StringBuilder builder, IReadOnlyList<ReplySection> sections)
    {
        foreach (var section in sections)
        {
            builder.AppendLine(section.Heading);
            foreach (var line in section.Lines)
            {
                builder.Append("- ").AppendLine(line);
            }
        }
    }
}
