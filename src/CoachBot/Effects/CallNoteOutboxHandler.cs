using CoachBot.Coaching.Conversations;
using CoachBot.Outbox;
using CoachBot.State;

namespace CoachBot.Effects;

/// <summary>
/// Saves a rep's post-call note (structured fields plus an optional short note) under the rep's own key,
/// with the retention period the note carries; expired notes are purged by the outbox worker.
/// </summary>
internal sealed partial class CallNoteOutboxHandler(IStateStore store, TimeProvider timeProvider, ILogger<CallNoteOutboxHandler> logger) : IOutboxHandler
{
    private const int DefaultRetentionDays = 90;

    public string Kind => "call-note";

    public async Task HandleAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(item.UserId))
        {
            throw new OutboxDeliveryException("A call note without its rep.", permanent: true);
        }

        var note = OutboxPayload.Read<CallNotePayload>(item);
        var expiresAt = note.ExpiresAt != default
            ? note.ExpiresAt
            : timeProvider.GetUtcNow().AddDays(note.RetentionDays > 0 ? note.RetentionDays : DefaultRetentionDays);
        await store.SetUserRecordAsync(item.UserId, UserRecordKeys.CallNote(item.UserId, item.Id), item.PayloadJson, expiresAt, cancellationToken).ConfigureAwait(false);
        LogSaved(logger, item.Id, expiresAt);
    }

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Call note {ItemId} saved until {ExpiresAt:o}")]
    private static partial void LogSaved(ILogger logger, long itemId, DateTimeOffset expiresAt);
}
