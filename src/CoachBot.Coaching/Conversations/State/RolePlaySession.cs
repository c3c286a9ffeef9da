namespace CoachBot.Coaching.Conversations;

/// <summary>
/// A role-play under way, kept in its dialog's state between turns: the scenario, and the verdict of every check of every
/// answer so far (check ids and pass or fail only: what the trainee typed is never kept).
/// </summary>
internal sealed record RolePlaySession(string ScenarioId, IReadOnlyList<IReadOnlyList<RolePlayVerdict>> Answers)
{
    /// <summary>The place of the turn the next answer is to.</summary>
    public int Turn => Answers.Count;
}
