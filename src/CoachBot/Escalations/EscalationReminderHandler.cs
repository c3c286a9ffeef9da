using System.Text.Json;
using CoachBot.Dialogs;
using CoachBot.Hosting;
using CoachBot.Outbox;
using CoachBot.Protocol.Schema;
using CoachBot.State;
using Microsoft.Extensions.Options;

namespace CoachBot.Escalations;

/// <summary>
/// One step of an unacknowledged escalation's reminder chain. Does nothing once someone acknowledged. Otherwise
/// reminds the duty desk, naming the next person on the roster, and schedules the next step; after the last
/// reminder the staffer is told nobody has acknowledged, so they phone. Each step happens at most once.
/// </summary>
internal sealed class EscalationReminderHandler(
    EscalationStore escalations,
    StaffNotifier staffNotifier,
    IReplySender sender,
    TimeProvider timeProvider,
    IOptions<CoachBotOptions> hostOptions,
    IOptions<EscalationOptions> options,
    CoachingContent content,
    ILogger<EscalationReminderHandler> logger) : IOutboxHandler
{
    public string Kind => EscalationReminder.OutboxKind;

    public async Task HandleAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var reminder = Read(item);
        var record = await escalations.GetAsync(reminder.EscalationId, cancellationToken).ConfigureAwait(false);
        if (record is null || record.Status != EscalationRecord.Sent)
        {
            EscalationLog.ReminderSkipped(logger, reminder.EscalationId, reminder.Number, record?.Status ?? "unknown");
            return;
        }

        if (reminder.Number > EscalationReminder.MaxFor(record.Facts))
        {
            await GiveUpAsync(record, EscalationTexts.NobodyAcknowledgedFor(record.Facts), cancellationToken).ConfigureAwait(false);
            return;
        }

        // A retried step whose card already went out only makes sure the chain goes on.
        var lastAttempt = item.Attempts + 1 >= hostOptions.Value.OutboxMaxAttempts;
        if (record.RemindersSent < reminder.Number && !await RemindAsync(record, reminder.Number, lastAttempt, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var dueAt = timeProvider.GetUtcNow().AddMinutes(EscalationOutboxHandler.ReminderMinutes(record.Facts, options.Value));
        await escalations.ScheduleReminderAsync(item.ConversationId, reminder with { Number = reminder.Number + 1 }, dueAt, cancellationToken).ConfigureAwait(false);
    }

    /// <returns>Whether the chain goes on (false when the desk can no longer be reached and the staffer was told).</returns>
    private async Task<bool> RemindAsync(EscalationRecord record, int number, bool lastAttempt, CancellationToken cancellationToken)
    {
        var desk = await escalations.GetDeskAsync(record.Facts.PropertyId, cancellationToken).ConfigureAwait(false);
        if (desk is null)
        {
            await GiveUpAsync(record, EscalationTexts.NobodyAcknowledgedFor(record.Facts), cancellationToken).ConfigureAwait(false);
            return false;
        }

        var roster = record.Facts.Roster;
        var next = roster.Count == 0 ? null : roster[Math.Min(number, roster.Count - 1)];
        var language = ReplyLanguage.FromTag(desk.Locale) ?? ReplyLanguage.English;
        var card = EscalationCard.Build(content.Texts, record, language, number, next);
        try
        {
            await sender.SendAsync(ProactiveActivity.To(desk, new Activity { Attachments = [card] }), cancellationToken).ConfigureAwait(false);
        }
        catch (OutboxDeliveryException ex) when (ex.Permanent || lastAttempt)
        {
            EscalationLog.DeskUnreachable(logger, ex, record.Id, desk.Conversation.Id);
            await GiveUpAsync(record, EscalationTexts.DeliveryFailedFor(record.Facts), cancellationToken).ConfigureAwait(false);
            return false;
        }

        await escalations.UpdateAsync(record.Id, latest => latest with { RemindersSent = number, UpdatedAt = timeProvider.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
        EscalationLog.ReminderSent(logger, record.Id, number, desk.Conversation.Id);
        return true;
    }

    private static EscalationReminder Read(OutboxItem item)
    {
        try
        {
            return JsonSerializer.Deserialize<EscalationReminder>(item.PayloadJson, EscalationJson.Options)
                ?? throw new OutboxDeliveryException("The stored reminder is empty.", permanent: true);
        }
        catch (JsonException ex)
        {
            throw new OutboxDeliveryException("The stored reminder is unreadable.", permanent: true, ex);
        }
    }

    private async Task GiveUpAsync(EscalationRecord record, TextId text, CancellationToken cancellationToken)
    {
        if (record.StaffToldUnanswered)
        {
            return;
        }

        await escalations.UpdateAsync(record.Id, latest => latest with { StaffToldUnanswered = true, UpdatedAt = timeProvider.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
        EscalationLog.Unanswered(logger, record.Id, record.RemindersSent);
        var staff = await escalations.GetConversationAsync(record.StaffConversationId, cancellationToken).ConfigureAwait(false);
        await staffNotifier.TellAsync(staff, record.Facts, text, cancellationToken).ConfigureAwait(false);
    }
}
