using System.Text.Json;
using CoachBot.Dialogs;
using CoachBot.Protocol.Schema;
using CoachBot.State;
using CoachBot.Turns;

namespace CoachBot.Escalations;

/// <summary>
/// Delivers an escalation stored by a coaching turn: a card to the registered duty desk, then a note to
/// the staffer. Idempotent on retry: the card is sent once, the record remembers it.
/// </summary>
internal sealed partial class EscalationOutboxHandler(IStateStore store, IReplySender sender, TimeProvider timeProvider, ILogger<EscalationOutboxHandler> logger) : IOutboxHandler
{
    public const string EscalationKind = "escalation";
    public const string DutyDeskKey = "duty-desk";

    public string Kind => EscalationKind;

    public async Task HandleAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var staff = await LoadReferenceAsync(item.ConversationId, cancellationToken).ConfigureAwait(false)
            ?? throw new OutboxDeliveryException("The staffer's conversation is no longer known.", permanent: true);
        var staffLanguage = ReplyLanguage.FromTag(staff.Locale) ?? ReplyLanguage.English;
        var recordKey = EscalationRecord.KeyFor(item.Id);
        var existing = await store.GetRecordAsync(recordKey, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return;
        }

        var deskJson = await store.GetRecordAsync(DutyDeskKey, cancellationToken).ConfigureAwait(false);
        if (deskJson is null)
        {
            await TellStaffAsync(staff, EscalationTexts.NoDesk.For(staffLanguage), cancellationToken).ConfigureAwait(false);
            await SaveAsync(item, EscalationRecord.NoDesk, cancellationToken).ConfigureAwait(false);
            LogNoDesk(logger, item.Id);
            return;
        }

        var desk = JsonSerializer.Deserialize<ConversationReference>(deskJson, ProtocolJson.Options)!;
        var deskLanguage = ReplyLanguage.FromTag(desk.Locale) ?? ReplyLanguage.English;
        using var payload = JsonDocument.Parse(item.PayloadJson);
        var card = EscalationCard.Build(item.Id, staff.User?.Name, payload.RootElement, deskLanguage);
        try
        {
            await sender.SendAsync(ProactiveActivity.To(desk, new Activity { Attachments = [card] }), cancellationToken).ConfigureAwait(false);
        }
        catch (OutboxDeliveryException ex) when (ex.Permanent)
        {
            await TellStaffAsync(staff, EscalationTexts.DeliveryFailed.For(staffLanguage), cancellationToken).ConfigureAwait(false);
            throw;
        }

        await SaveAsync(item, EscalationRecord.Sent, cancellationToken).ConfigureAwait(false);
        LogSent(logger, item.Id, desk.Conversation.Id);
        await TellStaffAsync(staff, EscalationTexts.SentToManager.For(staffLanguage), cancellationToken).ConfigureAwait(false);
    }

    private async Task<ConversationReference?> LoadReferenceAsync(string conversationId, CancellationToken cancellationToken)
    {
        var record = await store.GetConversationAsync(conversationId, cancellationToken).ConfigureAwait(false);
        return record is null ? null : JsonSerializer.Deserialize<ConversationReference>(record.ReferenceJson, ProtocolJson.Options);
    }

    private Task SaveAsync(OutboxItem item, string status, CancellationToken cancellationToken) =>
        store.SetRecordAsync(
            EscalationRecord.KeyFor(item.Id),
            JsonSerializer.Serialize(new EscalationRecord(item.Id, item.ConversationId, status, null, timeProvider.GetUtcNow())),
            cancellationToken);

    private async Task TellStaffAsync(ConversationReference staff, string text, CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(ProactiveActivity.To(staff, new Activity { Text = text }), cancellationToken).ConfigureAwait(false);
        }
        catch (OutboxDeliveryException ex)
        {
            // The escalation itself matters more than the note about it; the failure is logged.
            LogStaffNoteFailed(logger, ex, staff.Conversation.Id);
        }
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Escalation {EscalationId} sent to duty desk {ConversationId}")]
    private static partial void LogSent(ILogger logger, long escalationId, string? conversationId);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Escalation {EscalationId} could not be sent: no duty desk registered; the staffer was told to phone")]
    private static partial void LogNoDesk(ILogger logger, long escalationId);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Could not tell conversation {ConversationId} about its escalation")]
    private static partial void LogStaffNoteFailed(ILogger logger, Exception exception, string? conversationId);
}
