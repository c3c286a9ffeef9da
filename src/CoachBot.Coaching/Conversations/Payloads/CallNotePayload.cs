namespace CoachBot.Coaching.Conversations;

/// <summary>
/// A call note a sales rep chose to save: structured fields plus the prospect's name and an optional short note (the
/// only user text kept), to be deleted at <see cref="ExpiresAt"/>.
/// </summary>
public sealed record CallNotePayload(
    string PropertyId,
    IReadOnlyList<string> IncumbentWeaknessesFound,
    bool DecisionMakerKnown,
    DateOnly? NextStepDate,
    string? Note,
    int RetentionDays,
    DateTimeOffset ExpiresAt)
{
    /// <summary>The channel's id of the rep who wrote it: a note is listed to its author only. Null in notes saved before it was kept.</summary>
    public string? AuthorId { get; init; }

    /// <summary>The prospect the call was with, as the rep typed it; null in notes saved before it was asked.</summary>
    public string? Prospect { get; init; }

    /// <summary>The next step as the rep picked it (one of the after-call note's next-step buttons: "within_week" …); null in older notes.</summary>
    public string? NextStep { get; init; }

    /// <summary>When the note was saved; null in older notes.</summary>
    public DateTimeOffset? RecordedAt { get; init; }
}
