namespace CoachBot.State;

/// <summary>
/// One stored training result of one user: a quiz answer (kind <see cref="QuizKind"/>, the item a question id) or a finished
/// role-play (<see cref="RolePlayKind"/>, the item a case id). <see cref="SourceId"/> is the outbox item it came from, so a result delivered twice is stored once.
/// </summary>
/// <param name="SourceId">The outbox item's id.</param>
/// <param name="UserId">Whose result: "forget my data" deletes it; removing the bot from a team does not.</param>
/// <param name="Kind">What was done.</param>
/// <param name="ItemId">Which question or role-play.</param>
/// <param name="Topic">The quiz topic, for reports by topic.</param>
/// <param name="Passed">Right, or passed.</param>
/// <param name="RecordedAt">When it was answered.</param>
/// <param name="ExpiresAt">When the retention purge deletes it.</param>
/// <param name="Json">The whole result as the dialogs wrote it.</param>
public sealed record TrainingResult(
    long SourceId, string UserId, string Kind, string ItemId, string? Topic, bool Passed, DateTimeOffset RecordedAt, DateTimeOffset ExpiresAt, string Json)
{
    public const string QuizKind = "quiz";

    /// <summary>The trainee's name in the chat the result came from, for reports.</summary>
    public string? UserName { get; init; }

    /// <summary>The trainee's Entra object id, so a dashboard sign-in finds their own results.</summary>
    public string? UserAad { get; init; }

    public const string RolePlayKind = "role-play";
}
