using System.Net;
using CoachBot.Outbox;
using CoachBot.Tests.Escalations;
using CoachBot.Tests.Support;

namespace CoachBot.Tests.Effects;

/// <summary>
/// "Forget my data" over the real endpoint and the SQLite store: after it, nothing the rep typed and not their display
/// name is left in any column of any table nor in the bytes of the database and its WAL, nothing is left that names
/// the rep except the address of their chat, and the escalation they asked for still reaches the duty desk and can
/// be acknowledged.
/// </summary>
public sealed class ForgetMyDataTests
{
    private const string Marker = "Quokka-7781";

    [Fact]
    public async Task ForgetMyData_AfterNoteFeedbackAndPendingEscalation_NoCopyLeftAndTheDeskStillGetsTheEscalation()
    {
        using var hotel = new EscalationHarness("Sqlite");
        using var rep = new SalesRep(hotel);
        var database = hotel.Host.Settings["State:Sqlite:Path"]!;
        await hotel.RegisterDeskAsync();
        var advice = await rep.GetsComplaintAdviceAsync();
        await rep.GivesThumbsUpAsync();
        hotel.Connector.FailWith(HttpStatusCode.ServiceUnavailable);
        await rep.PressesAsync(advice, "Call the duty manager");
        hotel.Connector.Recover();
        await rep.SavesCallNoteAsync($"{Marker} wants the rates sheet, room 4242");
        Assert.NotEmpty(await StoredCopies.InTablesAsync(database, Marker));
        Assert.NotEmpty(StoredCopies.InFiles(database, Marker));
        Assert.NotEmpty(await StoredCopies.InTablesAsync(database, SalesRep.DisplayName));
        Assert.NotEmpty(await hotel.Store.GetRecordsAsync("feedback:", default));

        var confirmation = await rep.SaysAsync("forget my data", expectReplies: false);

        Assert.Single(confirmation);
        IReadOnlyList<string> notes = await CopiesAsync(database, Marker);
        Assert.True(notes.Count == 0, $"The note is still stored in:\n{string.Join('\n', notes)}");
        IReadOnlyList<string> names = await CopiesAsync(database, SalesRep.DisplayName);
        Assert.True(names.Count == 0, $"The rep's display name is still stored in:\n{string.Join('\n', names)}");

        // The chat's address (conversation reference) is kept: the escalation's news must still reach the rep.
        await AssertOnlyTheChatAddressNamesAsync(database, rep);
        Assert.Empty(await hotel.Store.GetRecordsAsync("feedback:", default));
        var pending = Assert.Single(await hotel.Store.GetDueOutboxAsync(hotel.Time.GetUtcNow().AddHours(1), 50, default), i => i.Kind == EscalationHarness.EscalationKind);
        Assert.Null(pending.UserId);

        await hotel.AdvanceAsync(TimeSpan.FromMinutes(1));

        var card = Assert.Single(hotel.DeskCards);
        Assert.Equal("accusatory", EscalationHarness.FactsOf(card)["Situation"]);
        Assert.Equal("sales", EscalationHarness.FactsOf(card)["Staff"]);
        names = await CopiesAsync(database, SalesRep.DisplayName);
        Assert.True(names.Count == 0, $"The rep's display name came back in:\n{string.Join('\n', names)}");
    }

    [Fact]
    public async Task ForgetMyData_EscalationAtTheDeskAndAQueuedNoteToTheRep_NameGoneEverywhereAndTheDeskCanStillAcknowledge()
    {
        using var hotel = new EscalationHarness("Sqlite");
        hotel.FailFirstStaffNote();
        using var rep = new SalesRep(hotel);
        var database = hotel.Host.Settings["State:Sqlite:Path"]!;
        await hotel.RegisterDeskAsync();
        var advice = await rep.GetsComplaintAdviceAsync();
        await rep.PressesAsync(advice, "Call the duty manager");
        var card = Assert.Single(hotel.DeskCards);
        Assert.StartsWith(SalesRep.DisplayName, EscalationHarness.FactsOf(card)["Staff"], StringComparison.Ordinal);
        Assert.Contains(await StoredCopies.InTablesAsync(database, SalesRep.DisplayName), c => c.StartsWith("record.", StringComparison.Ordinal));
        Assert.Single(await QueuedNotesToAsync(hotel, rep));

        await rep.SaysAsync("forget my data", expectReplies: false);

        IReadOnlyList<string> names = await CopiesAsync(database, SalesRep.DisplayName);
        Assert.True(names.Count == 0, $"The rep's display name is still stored in:\n{string.Join('\n', names)}");
        await AssertOnlyTheChatAddressNamesAsync(database, rep);
        Assert.Empty(await QueuedNotesToAsync(hotel, rep));

        // The escalation still works without the rep's name: the desk is reminded, and an acknowledgement reaches the rep.
        await hotel.AdvanceAsync(TimeSpan.FromMinutes(10));
        var reminder = hotel.DeskCards[^1];
        Assert.StartsWith("Reminder 1", reminder.Text, StringComparison.Ordinal);
        Assert.Equal("sales", EscalationHarness.FactsOf(reminder)["Staff"]);
        var answer = await hotel.PressAcknowledgeAsync("Mai", EscalationHarness.ManagerAad, card);
        Assert.StartsWith("Acknowledged by Mai", Assert.Single(answer).Text, StringComparison.Ordinal);
        Assert.Contains(hotel.StaffNotes, n => n.StartsWith("Mai acknowledged your escalation", StringComparison.Ordinal));
        names = await CopiesAsync(database, SalesRep.DisplayName);
        Assert.True(names.Count == 0, $"The rep's display name came back in:\n{string.Join('\n', names)}");
    }

    private static async Task<IReadOnlyList<string>> CopiesAsync(string database, string needle) =>
        [.. await StoredCopies.InTablesAsync(database, needle), .. StoredCopies.InFiles(database, needle)];

    private static async Task AssertOnlyTheChatAddressNamesAsync(string database, SalesRep rep)
    {
        var named = (await StoredCopies.InTablesAsync(database, rep.UserId)).Where(c => !c.StartsWith("conversation.", StringComparison.Ordinal)).ToList();
        Assert.True(named.Count == 0, $"Still stored with the rep's id:\n{string.Join('\n', named)}");
    }

    /// <summary>Messages to the rep's chat waiting in the outbox that the bot started itself (not replies to a turn).</summary>
    private static async Task<IReadOnlyList<CoachBot.State.OutboxItem>> QueuedNotesToAsync(EscalationHarness hotel, SalesRep rep)
    {
        var due = await hotel.Store.GetDueOutboxAsync(hotel.Time.GetUtcNow().AddHours(1), 50, default);
        return [.. due.Where(i => i.Kind == ReplyEnvelope.OutboxKind && i.ConversationId == rep.ConversationId && System.Text.Json.Nodes.JsonNode.Parse(i.PayloadJson)?["replyToId"] is null)];
    }
}
