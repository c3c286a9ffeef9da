using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Texts;
using CoachBot.Coaching.Conversations;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Tests.Conversations.Support;

/// <summary>Checks on an advice reply: the card's headline, Say-now line, Do-next steps, Never line, More, buttons, citations.</summary>
internal static class Advice
{
    // The shipped interface texts, as users read them.
    private static readonly TextCatalog ShippedTexts =
        TextCatalogLoader.LoadAsync(PlaybookLoader.DefaultDirectory, CoachingBot.TextKeys, CancellationToken.None).GetAwaiter().GetResult().OrThrow();

    public const string Escalate = "coach:escalate";
    public const string AfterCall = "coach:after-call";
    public const string Why = "why";
    public const string RefinePrefix = "coach:refine:";
    public const string FiguresPrefix = "coach:figures:";

    /// <summary>
    /// An advice card titled <paramref name="title"/> (any title when null) whose text starts with
    /// <paramref name="firstLinePrefix"/>: at least one Do-next step, everything else behind More, Why? and
    /// the channel's thumbs for feedback (no Helpful buttons any more).
    /// </summary>
    public static void Is(Reply reply, string? title, string firstLinePrefix)
    {
        Assert.NotNull(reply.Card);
        Assert.StartsWith(firstLinePrefix, reply.Text, StringComparison.Ordinal);
        Assert.True(reply.Text.Length > firstLinePrefix.Length + 5, $"An empty first line: {reply.Text}");
        if (title is not null)
        {
            // The headline is the situation's label, or, when a missing fact would change it, its name and the
            // best guess ("Critical complaint. If the guest wants compensation: accusatory complaint.").
            var name = title.Split('(', '（')[0].TrimEnd();
            Assert.True(reply.Card.Title == title || reply.Card.Title!.StartsWith(name + ".", StringComparison.Ordinal) || reply.Card.Title.StartsWith(name + "。", StringComparison.Ordinal), $"Headline \"{reply.Card.Title}\" is not \"{title}\"");
        }

        Assert.False(string.IsNullOrWhiteSpace(reply.Card.Title));
        Assert.NotEmpty(Steps(reply));
        Assert.NotNull(reply.Card.More);
        Assert.NotEmpty(reply.Card.More.Sections);
        Assert.NotEmpty(reply.Citations);
        Assert.True(reply.FeedbackEnabled);
        Assert.Contains(Why, Buttons(reply));
        Assert.DoesNotContain("coach:helpful", Buttons(reply));
        Assert.DoesNotContain("coach:not-helpful", Buttons(reply));
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

    /// <summary>The buttons' values; the escalation and Why? buttons' (which carry their advice's number) as <see cref="Escalate"/> and <see cref="Why"/>.</summary>
    public static IReadOnlyList<string> Buttons(Reply reply) =>
        [.. reply.Choices.Select(c => c.Value.StartsWith(Escalate + ":", StringComparison.Ordinal) ? Escalate
            : c.Value.StartsWith("coach:why:", StringComparison.Ordinal) ? Why
            : c.Value)];

    /// <summary>The numbered Do-next steps of the first screen, without their numbers.</summary>
    public static IReadOnlyList<string> Steps(Reply reply) =>
        [.. reply.Card!.Lines.Where(IsStep).Select(FirstScreen.Content)];

    /// <summary>The first screen's Never line (without its label), or null.</summary>
    public static string? Never(Reply reply) =>
        reply.Card!.Lines.Where(l => !IsStep(l)).Select(FirstScreen.Content).SingleOrDefault();

    // A Do-next step is numbered ① ② ③.
    private static bool IsStep(string line) => line.Length > 2 && line[0] is >= '\u2460' and <= '\u2473';

    /// <summary>Every line of the card, shown at once or behind More.</summary>
    public static IEnumerable<string> AllLines(Reply reply) =>
        reply.Card!.Lines.Concat(reply.Card.Sections.Concat(reply.Card.More?.Sections ?? []).SelectMany(s => s.Lines)).Prepend(reply.Text);

    /// <summary>The lines of the More section headed <paramref name="heading"/>.</summary>
    public static IReadOnlyList<string> More(Reply reply, string heading) =>
        Assert.Single(reply.Card!.More!.Sections, s => s.Heading == heading).Lines;

    /// <summary>The refinement buttons that set <paramref name="fact"/> ("intent" for "Not this?"), as fact=value.</summary>
    public static IReadOnlyList<string> Refinements(Reply reply, string fact) =>
        [.. reply.Choices.Select(c => c.Value).Where(v => v.StartsWith(RefinePrefix, StringComparison.Ordinal))
            .Select(v => v[(v.IndexOf(':', RefinePrefix.Length) + 1)..])
            .Where(v => v.StartsWith(fact + "=", StringComparison.Ordinal))];

    /// <summary>Every refinement button updates its card in place where the client can.</summary>
    public static void RefinementsRefresh(Reply reply) =>
        Assert.All(reply.Choices.Where(c => c.Value.StartsWith(RefinePrefix, StringComparison.Ordinal) && !c.Value.Contains(":intent=", StringComparison.Ordinal)), c => Assert.True(c.Refreshes, c.Title));

    /// <summary>The plain answer to a button from an older card: no card, and it says the card has expired (in any reply language).</summary>
    public static void IsExpired(Reply reply)
    {
        Assert.Null(reply.Card);
        var expired = ShippedTexts[AdviceTexts.CardExpired];
        Assert.Contains(reply.Text, new[] { expired.En, expired.Vi, expired.Zh, expired.ZhHant });
    }

    /// <summary>The discount figures form: rate, given and ask, sent back as coach:figures:&lt;seq&gt;.</summary>
    public static void HasFiguresForm(Reply reply)
    {
        var form = reply.Card!.Form;
        Assert.NotNull(form);
        Assert.Equal(["rate", "given", "ask"], form.Inputs.Select(i => i.Id));
        Assert.StartsWith(FiguresPrefix, form.Submit.Value, StringComparison.Ordinal);
    }
}
