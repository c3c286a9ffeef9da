using System.Text.Json;
using CoachBot.Coaching.Conversations;
using CoachBot.Dialogs;

namespace CoachBot.State;

/// <summary>
/// The call notes <see cref="Effects.CallNoteOutboxHandler"/> saved under a rep's own record keys, read back for "my
/// notes": only that rep's keys are read, and a record that does not parse is skipped rather than failing the turn.
/// </summary>
internal sealed partial class StoredCallNotes(IStateStore store, ILogger<StoredCallNotes> logger) : ICallNoteReader
{
    public async Task<IReadOnlyList<CallNotePayload>> ReadAsync(string userId, CancellationToken cancellationToken)
    {
        var records = await store.GetRecordsAsync(UserRecordKeys.CallNotePrefix(userId), cancellationToken).ConfigureAwait(false);
        var notes = new List<CallNotePayload>(records.Count);
        foreach (var json in records)
        {
            try
            {
                if (JsonSerializer.Deserialize<CallNotePayload>(json, DialogStateSerializer.Options) is { } note)
                {
                    notes.Add(note);
                }
            }
            catch (JsonException)
            {
                LogUnreadable(logger);
            }
        }

        return notes;
    }

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "A saved call note could not be read; it is left out of the rep's list")]
    private static partial void LogUnreadable(ILogger logger);
}
