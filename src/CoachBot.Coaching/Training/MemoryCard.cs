namespace CoachBot.Coaching.Training;

/// <summary>Where a question stands in FSRS: learning it (short steps), in review (days), or relearning after a miss.</summary>
public enum MemoryPhase
{
    Learning = 1,
    Review = 2,
    Relearning = 3,
}

/// <summary>
/// One trainee's memory of one question: the phase, the step within the learning or relearning steps, FSRS's stability
/// (days until recall falls to 90 %) and difficulty (1–10), when it is due and when it was last answered. A new card
/// has neither stability nor difficulty yet.
/// </summary>
public sealed record MemoryCard(MemoryPhase Phase, int? Step, double? Stability, double? Difficulty, DateTimeOffset Due, DateTimeOffset? LastReview)
{
    /// <summary>A question never answered: learning, first step, due at once.</summary>
    public static MemoryCard New(DateTimeOffset now) => new(MemoryPhase.Learning, 0, null, null, now, null);
}
