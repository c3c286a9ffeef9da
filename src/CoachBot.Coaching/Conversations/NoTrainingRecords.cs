namespace CoachBot.Coaching.Conversations;

/// <summary>Where nothing keeps quiz results (the terminal chat, benchmarks): every trainee starts afresh each quiz and has no scores.</summary>
public sealed class NoTrainingRecords : ITrainingRecords
{
    /// <summary>The one instance.</summary>
    public static NoTrainingRecords Instance { get; } = new();

    /// <inheritdoc />
    public Task<IReadOnlyList<QuizAnswerPayload>> ReadAnswersAsync(string userId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<QuizAnswerPayload>>([]);

    /// <inheritdoc />
    public Task<IReadOnlyList<RolePlayResultPayload>> ReadRolePlaysAsync(string userId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RolePlayResultPayload>>([]);
}
