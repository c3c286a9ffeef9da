using System.Net;
using CoachBot.Tests.Escalations;
using CoachBot.Tests.Support;

namespace CoachBot.Tests.Effects;

/// <summary>
/// "Forget my data" over the real endpoint and the SQLite store: after it, nothing the rep typed is left in any
/// column of any table nor in the bytes of the database and its WAL, nothing is left that names the rep except
/// the address of their chat, and the escalation they asked for still reaches the duty desk.
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
        await rep.PressesAsync(advice, "Helpful", expectReplies: false);
        hotel.Connector.FailWith(HttpStatusCode.ServiceUnavailable);
        await rep.PressesAsync(advice, "Call the duty manager");
        hotel.Connector.Recover();
        await rep.SavesCallNoteAsync($"{Marker} wants the rates sheet, room 4242");
        Assert.NotEmpty(await StoredCopies.InTablesAsync(database, Marker));
        Assert.NotEmpty(StoredCopies.InFiles(database, Marker));
        Assert.NotEmpty(await hotel.Store.GetRecordsAsync("feedback:", default));

        var confirmation = await rep.SaysAsync("forget my data", expectReplies: false);

        Assert.Single(confirmation);
        IReadOnlyList<string> notes = [.. await StoredCopies.InTablesAsync(database, Marker), .. StoredCopies.InFiles(database, Marker)];
        Assert.True(notes.Count == 0, $"The note is still stored in:\n{string.Join('\n', notes)}");

        // The chat's address (conversation reference) is kept: the escalation's news must still reach the rep.
        var named = (await StoredCopies.InTablesAsync(database, rep.UserId)).Where(c => !c.StartsWith("conversation.", StringComparison.Ordinal)).ToList();
        Assert.True(named.Count == 0, $"Still stored with the rep's id:\n{string.Join('\n', named)}");
        Assert.Empty(await hotel.Store.GetRecordsAsync("feedback:", default));
        var pending = Assert.Single(await hotel.Store.GetDueOutboxAsync(hotel.Time.GetUtcNow().AddHours(1), 50, default), i => i.Kind == EscalationHarness.EscalationKind);
        Assert.Null(pending.UserId);

        await hotel.AdvanceAsync(TimeSpan.FromMinutes(1));

        var card = Assert.Single(hotel.DeskCards);
        Assert.Equal("accusatory", EscalationHarness.FactsOf(card)["Situation"]);
    }
}
