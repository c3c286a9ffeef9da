using CoachBot.Cards;
using CoachBot.Dialogs;

namespace CoachBot.Turns;

/// <summary>
/// Builds the Adaptive Card (1.5, the newest Teams renders) for a reply that has a structured body or
/// buttons. Teams hides suggested actions on a message with attachments, so the buttons go on the card.
/// The body is what shows at once, in reading order: the title, the reply's text, each line on its own, then
/// the sections; everything else sits behind a button in the one action row (see <see cref="AdaptiveCardActions"/>).
/// </summary>
internal static class AdaptiveCardBuilder
{
    public static AdaptiveCard Build(Reply reply, string fallbackText)
    {
        var card = reply.Card;
        var body = new List<object>(3 + (card?.Lines.Count ?? 0) + (card?.Sections.Count ?? 0));
        if (card?.Title is { Length: > 0 } title)
        {
            body.Add(new TextBlock(title) { Weight = "Bolder", Size = "Large" });
        }

        if (reply.Text.Length > 0)
        {
            body.Add(new TextBlock(reply.Text));
        }

        // One TextBlock per line, without a bullet: each is a slot of the first screen, read on its own.
        foreach (var line in card?.Lines ?? [])
        {
            body.Add(new TextBlock(line));
        }

        foreach (var section in card?.Sections ?? [])
        {
            body.Add(Section(section));
        }

        return AdaptiveCard.Create(body, fallbackText, AdaptiveCardActions.Build(reply));
    }

    /// <summary>A heading in bold and its lines as "- " bullets, in one container.</summary>
    public static Container Section(ReplySection section)
    {
        var items = new object[section.Lines.Count + 1];
        items[0] = TextBlock.Bold(section.Heading);
        for (var i = 0; i < section.Lines.Count; i++)
        {
            items[i + 1] = new TextBlock($"- {section.Lines[i]}");
        }

        return new Container(items) { Spacing = "Medium" };
    }
}
