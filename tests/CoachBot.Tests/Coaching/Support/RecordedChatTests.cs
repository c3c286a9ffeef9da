using CoachBot.Tests.Turns.Support;

namespace CoachBot.Tests.Coaching.Support;

/// <summary>
/// The transcript a recorded chat writes for a card with lines, "More", a form and a refreshing button: the first
/// screen first, then the buttons, then what opens behind them; a refresh through Action.Execute and through its
/// Action.Submit fallback.
/// </summary>
public sealed class RecordedChatTests(CardDialogFixture fixture) : IClassFixture<CardDialogFixture>
{
    private const string AdviceText = """
        # Guest lost his bag
        Say now: I am so sorry about your bag. [1]
        * Do next: write down what was in the bag.
        * Never say: it is not our fault.
        [Wants compensation ↻] [Why?] [More] [Figures]
        >> More
        ## Other phrasings
        - I understand how stressful this is.
        - Let me sort this out for you.
        ## When to escalate
        - He asks for money.
        >> Figures: [rate: Room rate per night (e.g. 120)] [ask: What the guest asks] [Work it out]
        cites [1] H-12 Hotel all-staff marketing
        (feedback loop on)
        """;

    [Fact]
    public async Task Text_AdviceCard_FirstScreenThenButtonsThenWhatOpensBehindThem()
    {
        using var chat = new RecordedChat(fixture.Host);

        await chat.SaysAsync("the guest lost his bag");

        Assert.Equal($"USER  the guest lost his bag\n{Indented("BOT   ", AdviceText)}", Lf(chat.Text));
    }

    [Fact]
    public async Task RefinesAsync_RefreshingButton_RefreshedCardFirstThenTheOtherReplies()
    {
        using var chat = new RecordedChat(fixture.Host);
        var advice = Assert.Single(await chat.SaysAsync("the guest lost his bag"));

        var replies = await chat.RefinesAsync(advice, "Wants compensation");

        Assert.Equal("Refined: compensation=yes", Card.Title(replies[0]));
        Assert.Equal("Noted: compensation=yes", replies[1].Text);
        Assert.Contains("USER  refines [Wants compensation]\nBOT ↻ # Refined: compensation=yes\n      Say now: I am so sorry about your bag.\n", Lf(chat.Text), StringComparison.Ordinal);
        Assert.EndsWith("BOT   Noted: compensation=yes\n", Lf(chat.Text), StringComparison.Ordinal);
        Assert.Empty(chat.LastNotices);
    }

    [Fact]
    public async Task PressesAsync_RefreshingButtonsFallback_RefreshedCardAsANewMessage()
    {
        using var chat = new RecordedChat(fixture.Host);
        await chat.SaysAsync("the guest lost his bag");

        var replies = await chat.PressesAsync("Wants compensation");

        Assert.Equal("Refined: compensation=yes", Card.Title(replies[0]));
        Assert.Equal(2, Card.Lines(replies[0]).Count);
        Assert.Equal(["Other phrasings", "When to escalate"], Card.More(replies[0])!.Sections.Select(s => s.Heading));
        Assert.Equal(["rate", "ask"], Card.Form(replies[0])!.Inputs.Select(i => i.Id));
    }

    private static string Indented(string who, string text) =>
        string.Concat(text.Split('\n').Select((line, i) => $"{(i == 0 ? who : "      ")}{line}\n"));

    private static string Lf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
