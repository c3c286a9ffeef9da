namespace CoachBot.State;

/// <summary>The in-memory store's training results (see <see cref="ITrainingStore"/>).</summary>
public sealed partial class InMemoryStateStore
{
    private readonly Dictionary<long, TrainingResult> _training = [];

    public Task AddTrainingResultAsync(TrainingResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        lock (_gate)
        {
            _training.TryAdd(result.SourceId, result);
            return Task.CompletedTask;
        }
    }

    public Task<IReadOnlyList<TrainingResult>> GetTrainingResultsAsync(string userId, string kind, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<TrainingResult>>(
                [.. _training.Values.Where(r => r.UserId == userId && r.Kind == kind).OrderBy(r => r.RecordedAt).ThenBy(r => r.SourceId)]);
        }
    }

    // Called under the lock by DeleteUserDataAsync and PurgeExpiredRecordsAsync.
    private void RemoveTraining(Func<TrainingResult, bool> which)
    {
        foreach (var id in _training.Where(r => which(r.Value)).Select(r => r.Key).ToList())
        {
            _training.Remove(id);
        }
    }
}
