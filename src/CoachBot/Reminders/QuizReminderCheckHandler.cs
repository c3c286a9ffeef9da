using CoachBot.Coaching.Conversations;
using CoachBot.Coaching.Training;
using CoachBot.Dialogs;
using CoachBot.Escalations;
using CoachBot.Hosting;
using CoachBot.Outbox;
using CoachBot.Protocol.Schema;
using CoachBot.State;
using CoachBot.Turns;
using Microsoft.Extensions.Options;

namespace CoachBot.Reminders;

/// <summary>
/// One check of a trainee's due reviews. Within working hours (the property's time zone) of a day without a reminder
/// yet, questions due send one message to the trainee's 1:1 chat with a "Quiz me" button; then the next check is
/// scheduled: in an hour if nothing was due, at the start of tomorrow's hours after a reminder. A check of reminders
/// turned off, or of an older chain, stops; a chat that is gone turns them off.
/// </summary>
internal sealed partial class QuizReminderCheckHandler(
    QuizReminderStore reminders,
    ITrainingRecords training,
    IReplySender sender,
    EscalationStore conversations,
    CoachingContent content,
    TimeProvider timeProvider,
    IOptions<CoachingHostOptions> options,
    ILogger<QuizReminderCheckHandler> logger) : IOutboxHandler
{
    private static readonly TimeSpan Recheck = TimeSpan.FromHours(1);

    public string Kind => QuizReminderCheck.OutboxKind;

    public async Task HandleAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var userId = OutboxPayload.Read<QuizReminderCheck>(item).UserId;
        var record = await reminders.GetAsync(userId, cancellationToken).ConfigureAwait(false);
        if (record is not { On: true } || record.NextCheck != item.Id)
        {
            return;
        }

        var chat = await conversations.GetConversationAsync(record.ConversationId, cancellationToken).ConfigureAwait(false);
        var now = timeProvider.GetUtcNow();
        var set = content.Current;
        var zone = ReminderSchedule.ZoneOf(set, chat);
        var hours = (options.Value.ReminderStart, options.Value.ReminderEnd);
        var today = ReminderSchedule.LocalDay(now, zone);
        var due = 0;
        if (ReminderSchedule.InHours(now, zone, hours) && record.LastSent != today)
        {
            var answers = await training.ReadAnswersAsync(userId, cancellationToken).ConfigureAwait(false);
            due = QuizPicker.DueCount(set.Quiz, null, new QuizHistory(answers).Cards, now);
        }

        // The next check and the day's reminder are written down before the message goes: a retry of this check then finds
        // it is no longer the next one, so a reminder is sent at most once a day (and lost, not repeated, if sending fails).
        var lastSent = due > 0 ? today : record.LastSent;
        var next = ReminderSchedule.Next(due > 0 ? now : now + Recheck, zone, hours, lastSent);
        var check = await reminders.ScheduleCheckAsync(userId, record.ConversationId, next, cancellationToken).ConfigureAwait(false);

        // "Stop reminders" or "forget my data" may have come while this check ran: then it writes nothing back.
        var latest = await reminders.GetAsync(userId, cancellationToken).ConfigureAwait(false);
        if (latest is not { On: true } || latest.NextCheck != item.Id)
        {
            return;
        }

        await reminders.SetAsync(userId, latest with { NextCheck = check, LastSent = lastSent }, cancellationToken).ConfigureAwait(false);
        if (due > 0)
        {
            if (!await SendAsync(chat, latest, due, set.Texts, cancellationToken).ConfigureAwait(false))
            {
                await reminders.SetAsync(userId, latest with { On = false, NextCheck = null, LastSent = lastSent }, cancellationToken).ConfigureAwait(false);
                return;
            }

            LogSent(logger, item.Id, due);
        }
    }

    /// <returns>False when the chat is gone for good.</returns>
    private async Task<bool> SendAsync(ConversationReference? chat, QuizReminderRecord record, int due, TextCatalog texts, CancellationToken cancellationToken)
    {
        if (chat is null)
        {
            return false;
        }

        var language = ReplyLanguage.FromTag(record.Language) ?? ReplyLanguage.English;
        var reply = QuizReminderMessage.Build(texts, language, due);
        var card = new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = AdaptiveCardBuilder.Build(reply, reply.Text) };
        try
        {
            await sender.SendAsync(ProactiveActivity.To(chat, new Activity { Summary = reply.Text, Attachments = [card] }), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (OutboxDeliveryException ex) when (ex.Permanent)
        {
            LogChatGone(logger, ex, record.ConversationId);
            return false;
        }
    }

    [LoggerMessage(EventId = 5008, Level = LogLevel.Information, Message = "Quiz reminder check {ItemId}: reminded of {Due} due questions")]
    private static partial void LogSent(ILogger logger, long itemId, int due);

    [LoggerMessage(EventId = 5009, Level = LogLevel.Warning, Message = "Quiz reminders of chat {ConversationId} turned off: the chat is gone")]
    private static partial void LogChatGone(ILogger logger, Exception exception, string conversationId);
}
