using System.Text.Json;
using CoachBot.Dialogs;
using CoachBot.Hosting;
using CoachBot.State;
using Microsoft.Extensions.Options;

namespace CoachBot.Reminders;

/// <summary>The reminder flow's view of the state store: the trainee's settings record and the chain of checks.</summary>
internal sealed class QuizReminderStore(IStateStore store, TimeProvider timeProvider, IOptions<CoachBotOptions> options)
{
    public async Task<QuizReminderRecord?> GetAsync(string userId, CancellationToken cancellationToken)
    {
        var json = await store.GetRecordAsync(UserRecordKeys.QuizReminders(userId), cancellationToken).ConfigureAwait(false);
        return json is null ? null : JsonSerializer.Deserialize<QuizReminderRecord>(json, DialogStateSerializer.Options);
    }

    /// <summary>Keeps the settings for as long as training results are kept after their last change: not forever.</summary>
    public Task SetAsync(string userId, QuizReminderRecord record, CancellationToken cancellationToken) =>
        store.SetUserRecordAsync(
            userId,
            UserRecordKeys.QuizReminders(userId),
            JsonSerializer.Serialize(record, DialogStateSerializer.Options),
            timeProvider.GetUtcNow().AddDays(options.Value.TrainingRetentionDays),
            cancellationToken);

    /// <summary>Schedules the next check; the item is the trainee's, so "forget my data" ends the chain with it.</summary>
    public Task<long> ScheduleCheckAsync(string userId, string conversationId, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        store.EnqueueOutboxAsync(
            conversationId,
            new NewOutboxItem(QuizReminderCheck.OutboxKind, JsonSerializer.Serialize(new QuizReminderCheck(userId), DialogStateSerializer.Options), dueAt) { UserId = userId },
            cancellationToken);
}
