using System.Text.Json;
using CoachBot.Hosting;
using CoachBot.Outbox;
using CoachBot.Protocol.Schema;
using CoachBot.State;
using CoachBot.Turns;
using Microsoft.Extensions.Options;

namespace CoachBot.Escalations;

/// <summary>
/// The escalation flow's view of the state store: the duty desk, escalation records, conversations, reminders.
/// Escalation records belong to the staffer who asked and expire CoachBot:StateRetentionDays after their last change.
/// </summary>
internal sealed class EscalationStore(IStateStore store, CoachingContent content, TimeProvider timeProvider, IOptions<CoachBotOptions> options)
{
    private const string RecordPrefix = "escalation:";

    public const string DutyDeskKey = "duty-desk";

    /// <summary>Registers the duty desk of a property (<c>Coaching:Properties</c>): each hotel of a group has its own.</summary>
    public Task SetDeskAsync(string propertyId, ConversationRecord desk, CancellationToken cancellationToken) =>
        store.SetRecordAsync($"{DutyDeskKey}:{propertyId}", desk.ReferenceJson, cancellationToken);

    /// <summary>The duty desk of the property an escalation came from (null: the default property's).</summary>
    public async Task<ConversationReference?> GetDeskAsync(string? propertyId, CancellationToken cancellationToken)
    {
        var json = propertyId is null ? null : await store.GetRecordAsync($"{DutyDeskKey}:{propertyId}", cancellationToken).ConfigureAwait(false);

        // A single hotel's desk, registered before desks were kept per property, still serves the default property.
        if (json is null && (propertyId is null || propertyId == content.Current.Policy.PropertyId))
        {
            json = await store.GetRecordAsync(DutyDeskKey, cancellationToken).ConfigureAwait(false);
        }

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
        store.SetUserRecordAsync(
            record.StaffUserId,
            EscalationRecord.KeyFor(record.Id),
            JsonSerializer.Serialize(record, EscalationJson.Options),
            timeProvider.GetUtcNow().AddDays(options.Value.StateRetentionDays),
            cancellationToken);

    /// <summary>
    /// "Forget my data" for escalations: the staffer's open ones lose their name and owner, so the desk can still be
    /// reminded and acknowledge; their closed ones stay theirs, for the store's deletion of the user's records.
    /// </summary>
    public async Task ForgetStaffAsync(string userId, CancellationToken cancellationToken)
    {
        foreach (var json in await store.GetRecordsAsync(RecordPrefix, cancellationToken).ConfigureAwait(false))
        {
            var record = JsonSerializer.Deserialize<EscalationRecord>(json, EscalationJson.Options);
            if (record is { IsOpen: true } && record.StaffUserId == userId)
            {
                await SaveAsync(record.WithoutStaff(), cancellationToken).ConfigureAwait(false);
            }
        }
    }

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

    /// <summary>Queues a message to <paramref name="userId"/> for later delivery by the outbox; it is theirs, so "forget my data" deletes it.</summary>
    public Task QueueAsync(ReplyEnvelope envelope, string? userId, CancellationToken cancellationToken) =>
        store.EnqueueOutboxAsync(
            envelope.ConversationId,
            new NewOutboxItem(ReplyEnvelope.OutboxKind, JsonSerializer.Serialize(envelope, ProtocolJson.Options)) { UserId = userId },
            cancellationToken);
}
