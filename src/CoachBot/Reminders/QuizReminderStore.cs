using System.Text.Json;
using CoachBot.Dialogs;
using CoachBot.State;

namespace CoachBot.Reminders;

/// <summary>The reminder flow's view of the state store: the trainee's settings record and the chain of checks.</summary>
internal sealed class QuizReminderStore(IStateStore store)
{
    public async Task<QuizReminderRecord?> GetAsync(string userId, CancellationToken cancellationToken)
    {
        var json = await store.GetRecordAsync(UserRecordKeys.QuizReminders(userId), cancellationToken).ConfigureAwait(false);
        return json is null ? null : JsonSerializer.Deserialize<QuizReminderRecord>(json, DialogStateSerializer.Options);
    }

    public Task SetAsync(string userId, QuizReminderRecord record, CancellationToken cancellationToken) =>
        store.SetUserRecordAsync(userId, UserRecordKeys.QuizReminders(userId), JsonSerializer.Serialize(record, DialogStateSerializer.Options), null, cancellationToken);

    /// <summary>Schedules the next check; the item is the trainee's, so "forget my data" ends the chain with it.</summary>
    public Task<long> ScheduleCheckAsync(string userId, string conversationId, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        store.EnqueueOutboxAsync(
            conversationId,
            new NewOutboxItem(QuizReminderCheck.OutboxKind, JsonSerializer.Serialize(new QuizReminderCheck(userId), DialogStateSerializer.Options), dueAt) { UserId = userId },
            cancellationToken);
}
