using System.Text.Json;
using CoachBot.State;

namespace CoachBot.ChannelQuizzes;

/// <summary>
/// Channel quizzes in the state store: the quiz record (the trainer's, kept as long as training results), which quiz
/// runs in a channel, the members' answers (one row each, see <see cref="ITrainingStore.AddChannelAnswerAsync"/>)
/// and the steps that move a quiz on.
/// </summary>
internal sealed class ChannelQuizStore(IStateStore store)
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    private const string RecordPrefix = "channel-quiz:";
    private const string RunningPrefix = "channel-quiz-running:";

    /// <summary>
    /// A channel, whichever of its threads a message comes from: Teams names a thread "{channel};messageid={post}", so
    /// "end quiz" posted as a new message still finds the quiz running in another thread of the channel.
    /// </summary>
    public static string ChannelOf(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var thread = conversationId.IndexOf(";messageid=", StringComparison.Ordinal);
        return thread < 0 ? conversationId : conversationId[..thread];
    }

    public async Task<ChannelQuizRecord?> GetAsync(string quizId, CancellationToken cancellationToken)
    {
        var json = await store.GetRecordAsync(RecordPrefix + quizId, cancellationToken).ConfigureAwait(false);
        return json is null ? null : JsonSerializer.Deserialize<ChannelQuizRecord>(json, Json);
    }

    /// <summary>Every quiz kept, for the dashboard.</summary>
    public async Task<IReadOnlyList<ChannelQuizRecord>> GetAllAsync(CancellationToken cancellationToken) =>
        [.. (await store.GetRecordsAsync(RecordPrefix, cancellationToken).ConfigureAwait(false))
            .Select(json => JsonSerializer.Deserialize<ChannelQuizRecord>(json, Json))
            .OfType<ChannelQuizRecord>()];

    /// <summary>Saves the quiz as the trainer's record, deleted at its fixed expiry (a save never extends it).</summary>
    public Task SaveAsync(ChannelQuizRecord record, CancellationToken cancellationToken) =>
        store.SetUserRecordAsync(record.TrainerId, RecordPrefix + record.Id, JsonSerializer.Serialize(record, Json), record.ExpiresAt, cancellationToken);

    /// <summary>The quiz running in the channel of <paramref name="conversationId"/>, or null when none is.</summary>
    public async Task<ChannelQuizRecord?> GetRunningAsync(string conversationId, CancellationToken cancellationToken)
    {
        return await RunningIdAsync(conversationId, cancellationToken).ConfigureAwait(false) is { Length: > 0 } quizId
            && await GetAsync(quizId, cancellationToken).ConfigureAwait(false) is { Finished: false } running
            ? running
            : null;
    }

    /// <summary>Marks the channel as running no quiz, unless another quiz has started there since <paramref name="quizId"/>.</summary>
    public async Task ClearRunningAsync(string conversationId, string quizId, CancellationToken cancellationToken)
    {
        var running = await RunningIdAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (running is null || running == quizId)
        {
            await SetRunningAsync(conversationId, null, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The id of the quiz marked as running in the channel, or null.</summary>
    private async Task<string?> RunningIdAsync(string conversationId, CancellationToken cancellationToken) =>
        await store.GetRecordAsync(RunningPrefix + ChannelOf(conversationId), cancellationToken).ConfigureAwait(false) is { } json
            ? JsonSerializer.Deserialize<string?>(json, Json)
            : null;

    /// <summary>Marks <paramref name="quizId"/> as the quiz running in the channel (null: none).</summary>
    public Task SetRunningAsync(string conversationId, string? quizId, CancellationToken cancellationToken) =>
        store.SetRecordAsync(RunningPrefix + ChannelOf(conversationId), JsonSerializer.Serialize(quizId, Json), cancellationToken);

    public Task<IReadOnlyList<ChannelQuizAnswer>> GetAnswersAsync(string quizId, CancellationToken cancellationToken) =>
        store.GetChannelAnswersAsync(quizId, cancellationToken);

    public Task<bool> AddAnswerAsync(ChannelQuizAnswer answer, CancellationToken cancellationToken) =>
        store.AddChannelAnswerAsync(answer, cancellationToken);

    /// <summary>
    /// "Forget my data" for channel quizzes: the member leaves every quiz's roster (their answers are rows of their own,
    /// which the store deletes), before the store's deletion, whose checkpoint then leaves no old copy in its files.
    /// </summary>
    public async Task ForgetMemberAsync(string userId, CancellationToken cancellationToken)
    {
        foreach (var quiz in await GetAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (quiz.Members.Any(m => m.Id == userId))
            {
                await SaveAsync(quiz.WithoutMember(userId), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Saves a step's change to the quiz, keeping off the roster anyone "forget my data" took off it while the step ran:
    /// the step's copy was read before, and must not put them back.
    /// </summary>
    public async Task SaveStepAsync(ChannelQuizRecord quiz, CancellationToken cancellationToken)
    {
        if (await GetAsync(quiz.Id, cancellationToken).ConfigureAwait(false) is { RosterRead: true } latest && latest.Members.Count < quiz.Members.Count)
        {
            var kept = latest.Members.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
            quiz = quiz with { Members = [.. quiz.Members.Where(m => kept.Contains(m.Id))] };
        }

        await SaveAsync(quiz, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Schedules a step of a quiz in its conversation (its thread), due at <paramref name="dueAt"/> (null: now).</summary>
    public Task ScheduleAsync(string conversationId, ChannelQuizStep step, DateTimeOffset? dueAt, string? owner, CancellationToken cancellationToken) =>
        store.EnqueueOutboxAsync(
            conversationId,
            new NewOutboxItem(ChannelQuizStep.OutboxKind, JsonSerializer.Serialize(step, Json), dueAt) { UserId = owner },
            cancellationToken);
}
