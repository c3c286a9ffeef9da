using CoachBot.Diagnostics;
using CoachBot.Dialogs;
using CoachBot.Hosting;
using CoachBot.Outbox;
using CoachBot.Protocol.Schema;
using CoachBot.State;
using Microsoft.Extensions.Options;

namespace CoachBot.Escalations;

/// <summary>
/// Delivers an escalation stored by a coaching turn: a card to the registered duty desk, the first reminder
/// scheduled, then a note to the staffer. With no desk, or a desk the Connector will not deliver to, the
/// staffer is told to phone instead. Idempotent on retry: once the record exists the card is not sent again.
/// </summary>
internal sealed class EscalationOutboxHandler(
    EscalationStore escalations,
    StaffNotifier staffNotifier,
    IReplySender sender,
    TimeProvider timeProvider,
    IOptions<CoachBotOptions> hostOptions,
    IOptions<EscalationOptions> options,
    CoachingContent content,
    CoachBotMetrics metrics,
    ILogger<EscalationOutboxHandler> logger) : IOutboxHandler
{
    public const string EscalationKind = "escalation";

    public string Kind => EscalationKind;

    public async Task HandleAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        if (await escalations.GetAsync(item.Id, cancellationToken).ConfigureAwait(false) is not null)
        {
            EscalationLog.AlreadyHandled(logger, item.Id);
            return;
        }

        // A staffer whose chat is gone (the bot was removed since) cannot be told anything, but the guest still needs a manager.
        var staff = await escalations.GetConversationAsync(item.ConversationId, cancellationToken).ConfigureAwait(false);

        // The item is the staffer's until they ask to be forgotten; after that it is nobody's, and their chat's
        // reference no longer carries their name, so the record names nobody either.
        var record = new EscalationRecord(item.Id, item.ConversationId, EscalationRecord.Sent, timeProvider.GetUtcNow())
        {
            StaffName = item.UserId is null ? null : staff?.User?.Name,
            StaffUserId = item.UserId,
            Facts = ReadFacts(item),
        };
        var desk = await escalations.GetDeskAsync(record.Facts.PropertyId, cancellationToken).ConfigureAwait(false);
        if (desk is null)
        {
            await escalations.SaveAsync(record with { Status = EscalationRecord.NoDesk }, cancellationToken).ConfigureAwait(false);
            await staffNotifier.TellAsync(staff, record.Facts, EscalationTexts.NoDeskFor(record.Facts), cancellationToken).ConfigureAwait(false);
            EscalationLog.NoDesk(logger, item.Id);
            return;
        }

        var deskLanguage = ReplyLanguage.FromTag(desk.Locale) ?? ReplyLanguage.English;
        try
        {
            var cardId = await sender.SendAsync(ProactiveActivity.To(desk, new Activity { Attachments = [EscalationCard.Build(content.Texts, record, deskLanguage)] }), cancellationToken).ConfigureAwait(false);
            if (cardId is { Length: > 0 })
            {
                record = record with { Card = new DeskCard(desk.ServiceUrl, desk.Conversation.Id!, cardId, desk.Locale) };
            }
        }
        catch (OutboxDeliveryException ex) when (ex.Permanent || item.Attempts + 1 >= hostOptions.Value.OutboxMaxAttempts)
        {
            // Retrying cannot help (the bot was removed from the desk, or it is forbidden), or this was the last try.
            metrics.EscalationDelivered(sent: false);
            await escalations.SaveAsync(record with { Status = EscalationRecord.DeskUnreachable }, cancellationToken).ConfigureAwait(false);
            await staffNotifier.TellAsync(staff, record.Facts, EscalationTexts.DeliveryFailedFor(record.Facts), cancellationToken).ConfigureAwait(false);
            EscalationLog.DeskUnreachable(logger, ex, item.Id, desk.Conversation.Id);
            return;
        }

        await escalations.SaveAsync(record, cancellationToken).ConfigureAwait(false);
        metrics.EscalationDelivered(sent: true);
        EscalationLog.Sent(logger, item.Id, desk.Conversation.Id);
        var dueAt = timeProvider.GetUtcNow().AddMinutes(ReminderMinutes(record.Facts, options.Value));
        await escalations.ScheduleReminderAsync(desk.Conversation.Id!, new EscalationReminder(item.Id, 1), dueAt, cancellationToken).ConfigureAwait(false);
        await staffNotifier.TellAsync(staff, record.Facts, EscalationTexts.Sent(record.Facts), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The wait before a reminder: the hotel policy's, as the payload carries it, else the configured default.</summary>
    public static int ReminderMinutes(EscalationFacts facts, EscalationOptions options) =>
        facts.ReminderMinutes is int minutes && minutes > 0 ? minutes : options.DefaultReminderMinutes;

    private EscalationFacts ReadFacts(OutboxItem item)
    {
        if (EscalationFacts.TryRead(item.PayloadJson) is { } facts)
        {
            return facts;
        }

        // The manager still needs to know someone asked for them; the card just has fewer facts.
        EscalationLog.UnreadablePayload(logger, item.Id);
        return EscalationFacts.None;
    }
}
