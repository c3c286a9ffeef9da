using System.Text.Json;
using CoachBot.Hosting;
using CoachBot.State;
using Microsoft.Extensions.Options;

namespace CoachBot.ChannelQuizzes;

/// <summary>
/// Channel quizzes in the state store: the quiz record (the trainer's, kept as long as training results), which quiz
/// runs in a conversation, the members' answers (one row each, see <see cref="ITrainingStore.AddChannelAnswerAsync"/>)
/// and the scheduled steps.
/// </summary>
internal sealed class ChannelQuizStore(IStateStore store, TimeProvider timeProvider, IOptions<CoachBotOptions> options)
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    private const string RecordPrefix = "channel-quiz:";
    private const string RunningPrefix = "channel-quiz-running:";

    public DateTimeOffset ExpiresAt => timeProvider.GetUtcNow().AddDays(options.Value.TrainingRetentionDays);

    public async Task<ChannelQuizRecord?> GetAsync(string quizId, CancellationToken cancellationToken)
    {
        var json = await store.GetRecordAsync(RecordPrefix + quizId, cancellationToken).ConfigureAwait(false);
        return json is null ? null : JsonSerializer.Deserialize<ChannelQuizRecord>(json, Json);
    }

    public Task SaveAsync(ChannelQuizRecord record, CancellationToken cancellationToken) =>
        store.SetUserRecordAsync(record.TrainerId, RecordPrefix + record.Id, JsonSerializer.Serialize(record, Json), ExpiresAt, cancellationToken);

    /// <summary>The quiz running in <paramref name="conversationId"/>, or null when none is (or the last one finished).</summary>
    public async Task<ChannelQuizRecord?> GetRunningAsync(string conversationId, CancellationToken cancellationToken)
    {
        var id = await store.GetRecordAsync(RunningPrefix + conversationId, cancellationToken).ConfigureAwait(false);
        if (id is null || JsonSerializer.Deserialize<string?>(id, Json) is not { Length: > 0 } quizId)
        {
            return null;
        }

        return await GetAsync(quizId, cancellationToken).ConfigureAwait(false) is { Finished: false } running ? running : null;
    }

    /// <summary>Marks <paramref name="quizId"/> as the quiz running in the conversation (null: none).</summary>
    public Task SetRunningAsync(string conversationId, string? quizId, CancellationToken cancellationToken) =>
        store.SetRecordAsync(RunningPrefix + conversationId, JsonSerializer.Serialize(quizId, Json), cancellationToken);

    public Task<IReadOnlyList<ChannelQuizAnswer>> GetAnswersAsync(string quizId, CancellationToken cancellationToken) =>
        store.GetChannelAnswersAsync(quizId, cancellationToken);

    public Task<bool> AddAnswerAsync(ChannelQuizAnswer answer, CancellationToken cancellationToken) =>
        store.AddChannelAnswerAsync(answer, cancellationToken);

    /// <summary>
    /// "Forget my data" for channel quizzes: the member leaves every quiz's roster (their answers are rows of their own,
    /// which the store deletes). Quizzes the user ran are their records and go with the rest of their data.
    /// </summary>
    public async Task ForgetMemberAsync(string userId, CancellationToken cancellationToken)
    {
        foreach (var json in await store.GetRecordsAsync(RecordPrefix, cancellationToken).ConfigureAwait(false))
        {
            if (JsonSerializer.Deserialize<ChannelQuizRecord>(json, Json) is { } quiz && quiz.Members.Any(m => m.Id == userId))
            {
                await SaveAsync(quiz with { Members = [.. quiz.Members.Where(m => m.Id != userId)] }, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Schedules a step of the quiz, due at <paramref name="dueAt"/>; it belongs to the trainer.</summary>
    public Task ScheduleAsync(ChannelQuizRecord quiz, ChannelQuizStep step, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        store.EnqueueOutboxAsync(
            quiz.ConversationId,
            new NewOutboxItem(ChannelQuizStep.OutboxKind, JsonSerializer.Serialize(step, Json), dueAt) { UserId = quiz.TrainerId },
            cancellationToken);
}
