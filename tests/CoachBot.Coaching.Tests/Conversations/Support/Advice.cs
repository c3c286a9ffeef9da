using CoachBot.Dialogs;

namespace CoachBot.Coaching.Tests.Conversations.Support;

/// <summary>Checks on an advice reply: short first line, card, buttons, citations, feedback.</summary>
internal static class Advice
{
    public const string Escalate = "coach:escalate";
    public const string Helpful = "coach:helpful";
    public const string NotHelpful = "coach:not-helpful";
    public const string AfterCall = "coach:after-call";

    /// <summary>An advice card titled <paramref name="title"/> whose first line starts with <paramref name="firstLinePrefix"/>.</summary>
    public static void Is(Reply reply, string? title, string firstLinePrefix)
    {
        Assert.NotNull(reply.Card);
        Assert.StartsWith(firstLinePrefix, reply.Text, StringComparison.Ordinal);
        if (title is not null)
        {
            Assert.Equal(title, reply.Card.Title);
        }

        Assert.True(reply.FeedbackEnabled);
        Assert.Contains("why", Buttons(reply));
        Assert.Contains(Helpful, Buttons(reply));
        Assert.Contains(NotHelpful, Buttons(reply));
    }

    /// <summary>The reply cites every id in <paramref name="ids"/>, each with its document title and section.</summary>
    public static void Cites(Reply reply, params string[] ids)
    {
        foreach (var id in ids)
        {
            var citation = Assert.Single(reply.Citations, c => c.Id == id);
            Assert.NotEqual(id, citation.Title);
            Assert.False(string.IsNullOrWhiteSpace(citation.Section));
        }
    }

    public static IReadOnlyList<string> Buttons(Reply reply) => [.. reply.Choices.Select(c => c.Value)];

    /// <summary>The lines of the card section headed <paramref name="heading"/>.</summary>
    public static IReadOnlyList<string> Section(Reply reply, string heading) =>
        Assert.Single(reply.Card!.Sections, s => s.Heading == heading).Lines;
}
