using CoachBot.State;
using CoachBot.Tests.Effects;
using CoachBot.Tests.Escalations;
using CoachBot.Tests.Support;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// A rep who types a payment card number into a call note: the note is kept with the card masked, and no stored
/// copy (the saved note, the outbox, dialog state, the database and WAL bytes) ever holds its digits; numbers that
/// are not card numbers (a room, a phone, a booking reference that fails the card checksum) are kept as typed.
/// </summary>
public sealed class CallNoteCardNumberTests
{
    [Fact]
    public async Task SaveCallNote_NoteWithCardNumbers_StoredMaskedEverywhereAndOtherNumbersKept()
    {
        using var hotel = new EscalationHarness("Sqlite");
        using var rep = new SalesRep(hotel);
        var database = hotel.Host.Settings["State:Sqlite:Path"]!;

        await rep.SavesCallNoteAsync("Deposit on 4111 1111 1111 1111 and 5500-0000-0000-0004, booking 4111 1111 1111 1112, room 4242, call 0912 345 678");

        var copies = new List<string>();
        foreach (var digits in new[] { "4111 1111 1111 1111", "4111111111111111", "5500-0000-0000-0004", "5500000000000004" })
        {
            copies.AddRange((await StoredCopies.InTablesAsync(database, digits)).Select(c => $"'{digits}' in {c}"));
            copies.AddRange(StoredCopies.InFiles(database, digits).Select(c => $"'{digits}' in {c}"));
        }

        Assert.True(copies.Count == 0, $"A card number is stored as typed in:\n{string.Join('\n', copies)}");
        var note = (string?)System.Text.Json.Nodes.JsonNode.Parse(Assert.Single(await hotel.Store.GetRecordsAsync(UserRecordKeys.Prefix(rep.UserId), default)))!["note"];
        Assert.Equal("Deposit on •••• •••• •••• 1111 and ••••-••••-••••-0004, booking 4111 1111 1111 1112, room 4242, call 0912 345 678", note);
    }
}
