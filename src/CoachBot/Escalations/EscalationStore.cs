using System.Text.Json;
using CoachBot.Protocol.Schema;
using CoachBot.State;
using CoachBot.Turns;

namespace CoachBot.Escalations;

/// <summary>The escalation flow's view of the state store: the duty desk, escalation records, conversations, reminders.</summary>
internal sealed class EscalationStore(IStateStore store)
{
    public const string DutyDeskKey = "duty-desk";

    public Task SetDeskAsync(ConversationRecord desk, CancellationToken cancellationToken) =>
        store.SetRecordAsync(DutyDeskKey, desk.ReferenceJson, cancellationToken);

    public async Task<ConversationReference?> GetDeskAsync(CancellationToken cancellationToken)
    {
        var json = await store.GetRecordAsync(DutyDeskKey, cancellationToken).ConfigureAwait(false);
        return json is null ? null : JsonSerializer.Deserialize<ConversationReference>(json, ProtocolJson.Options);
    }

    public async Task<ConversationReference?> GetConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        var record = await store.GetConversationAsync(conversationId, cancellationToken).ConfigureAwait(false);
        return record is null ? null : JsonSerializer.Deserialize<ConversationReference>(record.ReferenceJson, ProtocolJson.Options);
    }

    public async Task<EscalationRecord?> GetAsync(long id, CancellationToken cancellationToken)
    {
        var json = await store.GetRecordAsync(EscalationRecord.KeyFor(id), cancellationToken).ConfigureAwait(false);
        return json is null ? null : JsonSerializer.Deserialize<EscalationRecord>(json, EscalationJson.Options);
    }

    public Task SaveAsync(EscalationRecord record, CancellationToken cancellationToken) =>
        store.SetRecordAsync(EscalationRecord.KeyFor(record.Id), JsonSerializer.Serialize(record, EscalationJson.Options), cancellationToken);

    /// <summary>
    /// Changes the latest stored version of a record, so a step that took a while (a card send) does not undo an
    /// acknowledgement written meanwhile. Records carry no ETag, so a very narrow window remains.
    /// </summary>
    public async Task UpdateAsync(long id, Func<EscalationRecord, EscalationRecord> change, CancellationToken cancellationToken)
    {
        if (await GetAsync(id, cancellationToken).ConfigureAwait(false) is { } latest)
        {
            await SaveAsync(change(latest), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Schedules a reminder step; it is stored under the desk's conversation so it never holds back the staffer's replies.</summary>
    public Task ScheduleReminderAsync(string deskConversationId, EscalationReminder reminder, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        store.EnqueueOutboxAsync(
            deskConversationId,
            new NewOutboxItem(EscalationReminder.OutboxKind, JsonSerializer.Serialize(reminder, EscalationJson.Options), dueAt),
            cancellationToken);

    /// <summary>Queues a message for later delivery by the outbox.</summary>
    public Task QueueAsync(ReplyEnvelope envelope, CancellationToken cancellationToken) =>
        store.EnqueueOutboxAsync(
            envelope.ConversationId,
            new NewOutboxItem(ReplyEnvelope.OutboxKind, JsonSerializer.Serialize(envelope, ProtocolJson.Options)),
            cancellationToken);
}
