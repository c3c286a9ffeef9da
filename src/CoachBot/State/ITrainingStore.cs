namespace CoachBot.State;

/// <summary>
/// Trainees' quiz results, kept per user in the state store's own tables (schema steps 6 and 7). "Forget my data"
/// (<see cref="IStateStore.DeleteUserDataAsync"/>) deletes a user's results and the retention purge
/// (<see cref="IStateStore.PurgeExpiredRecordsAsync"/>) those past their expiry; deleting a conversation does not,
/// since they belong to the trainee, not to the team the bot was in.
/// </summary>
public interface ITrainingStore
{
    /// <summary>Adds <paramref name="result"/>; a result from the same outbox item again changes nothing.</summary>
    Task AddTrainingResultAsync(TrainingResult result, CancellationToken cancellationToken);

    /// <summary><paramref name="userId"/>'s results of <paramref name="kind"/>, oldest first.</summary>
    Task<IReadOnlyList<TrainingResult>> GetTrainingResultsAsync(string userId, string kind, CancellationToken cancellationToken);

    /// <summary>Everyone's results recorded at or after <paramref name="since"/>, oldest first: the trainer dashboard's source.</summary>
    Task<IReadOnlyList<TrainingResult>> GetTrainingResultsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>
    /// Records a member's answer to a channel quiz question; false, changing nothing, when that member already answered
    /// that question (a second tap, a re-sent invoke): the first answer stands.
    /// </summary>
    Task<bool> AddChannelAnswerAsync(ChannelQuizAnswer answer, CancellationToken cancellationToken);

    /// <summary>Every answer to the channel quiz <paramref name="quizId"/>, by question, then in the order they came.</summary>
    Task<IReadOnlyList<ChannelQuizAnswer>> GetChannelAnswersAsync(string quizId, CancellationToken cancellationToken);
}
