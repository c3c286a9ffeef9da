namespace CoachBot.Coaching.Training;

/// <summary>Decides when a trainee sees a question again, from how well they answered it.</summary>
public interface ISpacedRepetitionScheduler
{
    /// <summary>The card after an answer rated <paramref name="rating"/> now (the scheduler's clock).</summary>
    MemoryCard Review(MemoryCard card, RecallRating rating);

    /// <summary>The card after an answer rated <paramref name="rating"/> at <paramref name="at"/>.</summary>
    MemoryCard Review(MemoryCard card, RecallRating rating, DateTimeOffset at);

    /// <summary>The chance the trainee still recalls the question now, 0–1 (0 for a question never answered).</summary>
    double Retrievability(MemoryCard card);
}
