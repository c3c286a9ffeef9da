namespace CoachBot.Coaching.Conversations;

/// <summary>
/// A finished role-play (side effect <see cref="SideEffectKinds.RolePlayResult"/>): which scenario, how many checks
/// passed of how many, whether that reaches the pass mark, and the checks failed (ids). Nothing the trainee typed.
/// </summary>
public sealed record RolePlayResultPayload(
    string ScenarioId, int ChecksPassed, int ChecksTotal, int PassMark, bool Passed, IReadOnlyList<string> FailedChecks, DateTimeOffset FinishedAt);
