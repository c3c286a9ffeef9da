using CoachBot.Tests.Coaching.Support;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// A rep's own call notes through the real endpoint (issue 10, point 8): notes recorded with the after-call dialog by
/// two reps, then "my notes on …" and "my notes" in English, Vietnamese and Chinese list only the asker's, newest
/// first, each with the next step recorded; a prospect with no notes says how to record one. Each test has a host
/// of its own, because it moves the clock between notes.
/// </summary>
public sealed class NotesTranscriptTests
{
    private const string Competitor = "The prospect already works with another supplier, what should I ask?";

    [Theory]
    [InlineData("en", "my notes on keller logistics", "my notes", "Your notes on keller logistics", "Next step: Within two weeks (by 26 Mar 2026)", "Next step: Tomorrow (by 11 Mar 2026)")]
    [InlineData("vi", "ghi chú về Keller Logistics", "ghi chú của tôi", "Ghi chú của bạn về Keller Logistics", "Bước tiếp theo: Trong hai tuần (trước 26/03/2026)", "Bước tiếp theo: Ngày mai (trước 11/03/2026)")]
    [InlineData("vi-plain", "ghi chu ve keller logistics", "ghi chu cua toi", "Ghi chú của bạn về keller logistics", "Bước tiếp theo: Trong hai tuần (trước 26/03/2026)", "Bước tiếp theo: Ngày mai (trước 11/03/2026)")]
    [InlineData("zh", "关于Keller Logistics的记录", "我的记录", "你关于Keller Logistics的记录", "下一步：两周内（2026年3月26日前）", "下一步：明天（2026年3月11日前）")]
    public async Task MyNotesOnAProspect_TwoRepsRecordedNotes_OnlyTheAskersNewestFirstWithTheirNextSteps(
        string language, string askOnProspect, string askAll, string title, string newestNextStep, string oldestNextStep)
    {
        using var fixture = new TranscriptFixture();
        using var rep = fixture.Chat(aadObjectId: TranscriptFixture.SalesRepId);
        using var other = fixture.Chat(aadObjectId: TranscriptFixture.OtherSalesRepId);
        await RecordsNoteAsync(rep, "Keller Logistics", "Tomorrow", "Wants the rates sheet");
        await RecordsNoteAsync(other, "Keller Logistics", "Within a week", "Another rep's call");
        fixture.Clock.Advance(TimeSpan.FromDays(2));
        await RecordsNoteAsync(rep, "Minh Phat Trading", "Not agreed yet", null);
        await RecordsNoteAsync(rep, "KELLER LOGISTICS", "Within two weeks", null);

        var onProspect = Assert.Single(await rep.SaysAsync(askOnProspect));
        var all = Assert.Single(await rep.SaysAsync(askAll));

        Assert.Equal(title, Card.Title(onProspect));
        var notes = Card.Sections(onProspect);
        Assert.Equal(2, notes.Count);
        Assert.Equal(newestNextStep, notes[0].Lines[0]);
        Assert.Equal(oldestNextStep, notes[1].Lines[0]);
        Assert.EndsWith("KELLER LOGISTICS", notes[0].Heading, StringComparison.Ordinal);
        Assert.Contains(notes[1].Lines, l => l.EndsWith("Wants the rates sheet", StringComparison.Ordinal));
        Assert.Equal(3, Card.Sections(all).Count);
        Assert.EndsWith("Minh Phat Trading", Card.Sections(all)[1].Heading, StringComparison.Ordinal);
        Assert.All(new[] { onProspect, all }, m => Assert.DoesNotContain("Another rep's call", string.Join("\n", MessageText.Lines(m)), StringComparison.Ordinal));
        var theirs = Assert.Single(Card.Sections(Assert.Single(await other.SaysAsync(askAll))));
        Assert.Contains(theirs.Lines, l => l.EndsWith("Another rep's call", StringComparison.Ordinal));

        Snapshot.Matches(rep.Text, language);
    }

    [Theory]
    [InlineData("en", "my notes on Keller Logistics", "No notes on Keller Logistics yet. After a call, press ‘After the call’ on the Wedge card to record one.")]
    [InlineData("vi", "ghi chú về công ty ABC", "Chưa có ghi chú nào về công ty ABC. Sau cuộc gặp, bấm “Sau cuộc gặp” trên thẻ Wedge để ghi lại.")]
    [InlineData("zh", "关于华为的记录", "还没有关于华为的记录。拜访后，在 Wedge 卡片上点“拜访之后”即可记录。")]
    [InlineData("zh-Hant", "關於長榮的紀錄", "還沒有關於長榮的紀錄。拜訪後，在 Wedge 卡片上點「拜訪之後」即可記錄。")]
    public async Task MyNotesOnAProspect_NoneRecorded_SaysHowToRecordOne(string language, string ask, string expected)
    {
        using var fixture = new TranscriptFixture();
        using var rep = fixture.Chat(aadObjectId: TranscriptFixture.SalesRepId);

        var reply = Assert.Single(await rep.SaysAsync(ask));

        Assert.Equal(expected, reply.Text);
        Assert.Null(Card.Title(reply));

        Snapshot.Matches(rep.Text, language);
    }

    [Theory]
    [InlineData("Phoenix Fire Protection")]
    [InlineData("Ambulance Services Ltd")]
    public async Task AfterCall_ProspectNamedWithAnEmergencyWord_NoteSavedUnderThatName(string prospect)
    {
        // At "Which prospect?" the name is the answer, whatever words it holds: no safety card, no lost note.
        using var fixture = new TranscriptFixture();
        using var rep = fixture.Chat(aadObjectId: TranscriptFixture.SalesRepId);
        await RecordsNoteAsync(rep, prospect, "Tomorrow", "Wants the rates sheet");

        var listed = Assert.Single(await rep.SaysAsync($"my notes on {prospect}"));

        Assert.EndsWith(prospect, Assert.Single(Card.Sections(listed)).Heading, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("notes on how to handle a price objection", "No notes on", "Your notes on")]
    [InlineData("怎么写好的拜访记录", "还没有关于", "你关于")]
    public async Task CoachingQuestionAboutNotes_NotTakenForMyNotes(string question, string noneRecorded, string listTitle)
    {
        // Only "my notes …" (and its vi / zh forms) lists notes: a question that merely mentions notes is coached.
        using var fixture = new TranscriptFixture();
        using var rep = fixture.Chat(aadObjectId: TranscriptFixture.SalesRepId);

        var reply = Assert.Single(await rep.SaysAsync(question));

        Assert.False(reply.Text?.StartsWith(noneRecorded, StringComparison.Ordinal) ?? false, reply.Text);
        Assert.False(Card.Title(reply)?.StartsWith(listTitle, StringComparison.Ordinal) ?? false, Card.Title(reply));
    }

    [Fact]
    public async Task MyNotesOnAShortName_PartOfAnotherWord_NotListed()
    {
        // "An" is a word of "An Khang Group", not of "Tan Phat".
        using var fixture = new TranscriptFixture();
        using var rep = fixture.Chat(aadObjectId: TranscriptFixture.SalesRepId);
        await RecordsNoteAsync(rep, "Tan Phat", "Tomorrow", null);
        await RecordsNoteAsync(rep, "An Khang Group", "Tomorrow", null);

        var listed = Assert.Single(await rep.SaysAsync("my notes on An"));

        Assert.EndsWith("An Khang Group", Assert.Single(Card.Sections(listed)).Heading, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyNotes_OnlyAnotherProspectRecorded_NoneOnTheOneAskedFor()
    {
        using var fixture = new TranscriptFixture();
        using var rep = fixture.Chat(aadObjectId: TranscriptFixture.SalesRepId);
        await RecordsNoteAsync(rep, "Minh Phat Trading", "Within a week", null);

        var reply = Assert.Single(await rep.SaysAsync("my notes on Keller Logistics"));

        Assert.StartsWith("No notes on Keller Logistics yet.", reply.Text, StringComparison.Ordinal);

        Snapshot.Matches(rep.Text);
    }

    // The after-call dialog as a rep goes through it: the Wedge card's "After the call", the prospect's name, a gap,
    // the decision maker known, the next step, and a short note or Skip.
    private static async Task RecordsNoteAsync(RecordedChat chat, string prospect, string nextStep, string? note)
    {
        var plan = Assert.Single(await chat.SaysAsync(Competitor));
        Assert.Single(await chat.PressesAsync(plan, Ui.English.AfterCall));
        var gap = Assert.Single(await chat.SaysAsync(prospect));
        var decider = Assert.Single(await chat.PressesAsync(gap, "Slow response"));
        var next = Assert.Single(await chat.PressesAsync(decider, "Yes"));
        var ask = Assert.Single(await chat.PressesAsync(next, nextStep));
        var saved = note is null ? await chat.PressesAsync(ask, "Skip") : await chat.SaysAsync(note);
        Assert.StartsWith("Saved your call note", saved[0].Text, StringComparison.Ordinal);
    }
}
