namespace CoachBot.State;

/// <summary>
/// Trainees' quiz results, kept per user in the state store's own table (schema step 6). "Forget my data"
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
}
