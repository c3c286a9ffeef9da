namespace CoachBot.Coaching.Conversations;

/// <summary>
/// Reads a trainee's own quiz answers from wherever the host keeps them (see <see cref="SideEffectKinds.QuizAnswer"/>),
/// so the quiz can bring back what is due and "my scores" can show results without knowing the store.
/// </summary>
public interface ITrainingRecords
{
    /// <summary>The answers <paramref name="userId"/> gave and the store still keeps, oldest first.</summary>
    Task<IReadOnlyList<QuizAnswerPayload>> ReadAnswersAsync(string userId, CancellationToken cancellationToken);

    /// <summary>The role-plays <paramref name="userId"/> finished and the store still keeps, oldest first.</summary>
    Task<IReadOnlyList<RolePlayResultPayload>> ReadRolePlaysAsync(string userId, CancellationToken cancellationToken);
}
