namespace CoachBot.Coaching.Conversations;

/// <summary>
/// A call note a sales rep chose to save: structured fields plus an optional short note (the only user text kept),
/// to be deleted at <see cref="ExpiresAt"/>.
/// </summary>
public sealed record CallNotePayload(
    string PropertyId,
    IReadOnlyList<string> IncumbentWeaknessesFound,
    bool DecisionMakerKnown,
    DateOnly? NextStepDate,
    string? Note,
    int RetentionDays,
    DateTimeOffset ExpiresAt);
