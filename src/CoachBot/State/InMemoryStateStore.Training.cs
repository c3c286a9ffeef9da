namespace CoachBot.State;

/// <summary>The in-memory store's training results (see <see cref="ITrainingStore"/>).</summary>
public sealed partial class InMemoryStateStore
{
    private readonly Dictionary<long, TrainingResult> _training = [];
    private readonly Dictionary<(string QuizId, int Question, string UserId), ChannelQuizAnswer> _channelAnswers = [];

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

    public Task<IReadOnlyList<TrainingResult>> GetTrainingResultsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<TrainingResult>>(
                [.. _training.Values.Where(r => r.RecordedAt >= since).OrderBy(r => r.RecordedAt).ThenBy(r => r.SourceId)]);
        }
    }

    public Task<bool> AddChannelAnswerAsync(ChannelQuizAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        lock (_gate)
        {
            return Task.FromResult(_channelAnswers.TryAdd((answer.QuizId, answer.Question, answer.UserId), answer));
        }
    }

    public Task<IReadOnlyList<ChannelQuizAnswer>> GetChannelAnswersAsync(string quizId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<ChannelQuizAnswer>>(
                [.. _channelAnswers.Values.Where(a => a.QuizId == quizId).OrderBy(a => a.Question).ThenBy(a => a.AnsweredAt)]);
        }
    }

    // Called under the lock by DeleteUserDataAsync and PurgeExpiredRecordsAsync.
    private void RemoveTraining(Func<TrainingResult, bool> which, Func<ChannelQuizAnswer, bool> whichAnswers)
    {
        foreach (var key in _channelAnswers.Where(a => whichAnswers(a.Value)).Select(a => a.Key).ToList())
        {
            _channelAnswers.Remove(key);
        }

        foreach (var id in _training.Where(r => which(r.Value)).Select(r => r.Key).ToList())
        {
            _training.Remove(id);
        }
    }
}
