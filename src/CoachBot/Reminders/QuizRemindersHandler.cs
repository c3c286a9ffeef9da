using CoachBot.Coaching.Conversations;
using CoachBot.Escalations;
using CoachBot.Hosting;
using CoachBot.Outbox;
using CoachBot.State;
using Microsoft.Extensions.Options;

namespace CoachBot.Reminders;

/// <summary>
/// "Remind me" / "stop reminders": keeps the trainee's choice and, when reminders go on, starts the chain of daily
/// checks (<see cref="QuizReminderCheckHandler"/>) unless one is already running. Turning them off leaves the pending
/// check to find them off and stop.
/// </summary>
internal sealed partial class QuizRemindersHandler(
    QuizReminderStore reminders, EscalationStore conversations, CoachingContent content, TimeProvider timeProvider, IOptions<CoachingHostOptions> options, ILogger<QuizRemindersHandler> logger) : IOutboxHandler
{
    public string Kind => SideEffectKinds.QuizReminders;

    public async Task HandleAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(item.UserId))
        {
            throw new OutboxDeliveryException("Quiz reminder settings without their trainee.", permanent: true);
        }

        var asked = OutboxPayload.Read<QuizRemindersPayload>(item);
        var current = await reminders.GetAsync(item.UserId, cancellationToken).ConfigureAwait(false);
        if (!asked.On)
        {
            await reminders.SetAsync(item.UserId, new QuizReminderRecord(false, item.ConversationId, asked.Language, null, current?.LastSent), cancellationToken).ConfigureAwait(false);
            LogChanged(logger, item.Id, false);
            return;
        }

        // A new chain every time: the check of an older chain (or one given up after a long outage) finds it is no longer
        // the next one and stops, and the day's reminder, if sent, stays sent.
        var hours = (options.Value.ReminderStart, options.Value.ReminderEnd);
        var chat = await conversations.GetConversationAsync(item.ConversationId, cancellationToken).ConfigureAwait(false);
        var dueAt = ReminderSchedule.Next(timeProvider.GetUtcNow(), ReminderSchedule.ZoneOf(content.Current, chat), hours, current?.LastSent);
        var check = await reminders.ScheduleCheckAsync(item.UserId, item.ConversationId, dueAt, cancellationToken).ConfigureAwait(false);
        await reminders.SetAsync(item.UserId, new QuizReminderRecord(true, item.ConversationId, asked.Language, check, current?.LastSent), cancellationToken).ConfigureAwait(false);
        LogChanged(logger, item.Id, true);
    }

    [LoggerMessage(EventId = 5007, Level = LogLevel.Information, Message = "Quiz reminders set by {ItemId}: on {On}")]
    private static partial void LogChanged(ILogger logger, long itemId, bool on);
}
