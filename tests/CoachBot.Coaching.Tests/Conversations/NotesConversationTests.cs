using CoachBot.Coaching.Conversations;
using CoachBot.Coaching.Tests.Conversations.Support;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>
/// "My notes" on the dialogs alone, over a store that answers with whatever it holds: only the asker's notes are
/// shown (the author in each note is checked), expired ones never, at most ten of them, and never in a channel.
/// </summary>
public sealed class NotesConversationTests(CoachingFixture fixture) : IClassFixture<CoachingFixture>
{
    private const string Rep = "user-1";

    [Fact]
    public Task MyNotes_StoreAnswersWithAnotherRepsNote_OnlyTheAskersAreListed()
    {
        var store = new FakeCallNotes([Note(Rep, "Keller Logistics", 0, "mine"), Note("user-2", "Keller Logistics", 1, "theirs"), Note(null, "Keller Logistics", 2, "older format")]);
        return Transcript.For(fixture.Create(fixture.Policy, callNotes: store))
            .Send("my notes on KELLER")
            .AssertReply(reply =>
            {
                Assert.Equal("Your notes on KELLER", reply.Card!.Title);
                Assert.Equal(2, reply.Card.Sections.Count);
                Assert.Contains("Note: older format", reply.Card.Sections[0].Lines);
                Assert.Contains("Note: mine", reply.Card.Sections[1].Lines);
                Assert.DoesNotContain(reply.Card.Sections, s => s.Lines.Contains("Note: theirs"));
                Assert.Equal([Rep], store.AskedFor);
            })
            .RunAsync();
    }

    [Fact]
    public Task MyNotes_TwelveNotesAndAnExpiredOne_TheTenNewestAndHowManyThereAre()
    {
        var notes = Enumerable.Range(0, 12).Select(i => Note(Rep, $"Prospect {i}", i, null)).Append(Note(Rep, "Gone", 99, null) with { ExpiresAt = CoachingFixture.Now.AddMinutes(-1) });
        return Transcript.For(fixture.Create(fixture.Policy, callNotes: new FakeCallNotes([.. notes])))
            .Send("my notes")
            .AssertReply(reply =>
            {
                Assert.StartsWith("The 10 most recent of your 12 notes", reply.Text, StringComparison.Ordinal);
                Assert.Equal(NotesCardBuilder.MaxShown, reply.Card!.Sections.Count);
                Assert.EndsWith("Prospect 11", reply.Card.Sections[0].Heading, StringComparison.Ordinal);
                Assert.EndsWith("Prospect 2", reply.Card.Sections[^1].Heading, StringComparison.Ordinal);
                Assert.DoesNotContain(reply.Card.Sections, s => s.Heading.EndsWith("Gone", StringComparison.Ordinal));
            })
            .RunAsync();
    }

    [Fact]
    public Task MyNotes_InAChannel_NotShownThere()
    {
        var store = new FakeCallNotes([Note(Rep, "Keller Logistics", 0, "mine")]);
        return Transcript.For(fixture.Create(fixture.Policy, callNotes: store))
            .InChannel()
            .Send("my notes on Keller Logistics")
            .AssertReply(reply =>
            {
                Assert.Null(reply.Card);
                Assert.DoesNotContain("Keller", reply.Text, StringComparison.Ordinal);
                Assert.Empty(store.AskedFor);
            })
            .RunAsync();
    }

    [Fact]
    public Task MyNotes_WhileTheAfterCallNoteAsksForAButton_ListedAndTheQuestionStillTakesItsAnswer() =>
        Transcript.For(fixture.Create(fixture.Policy, callNotes: new FakeCallNotes([Note(Rep, "Keller Logistics", 0, "mine")])))
            .Press(Advice.AfterCall)
            .NamesProspect("Keller Logistics")
            .AssertQuestion("slow_response")
            .Send("ghi chú về keller logistics")
            .AssertReply(reply => Assert.Single(reply.Card!.Sections))
            .Press("slow_response")
            .AssertQuestion("yes", "no")
            .RunAsync();

    private static CallNotePayload Note(string? author, string prospect, int minutesAfter, string? text) =>
        new("sample-hotel", ["slow_response"], true, new DateOnly(2026, 3, 17), text, 90, CoachingFixture.Now.AddDays(90))
        {
            AuthorId = author,
            Prospect = prospect,
            NextStep = "within_week",
            RecordedAt = CoachingFixture.Now.AddDays(-1).AddMinutes(minutesAfter),
        };
}
