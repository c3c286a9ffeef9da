namespace CoachBot.Coaching.Training;

/// <summary>How well a trainee recalled a question, FSRS's four grades: a wrong answer is <see cref="Again"/>.</summary>
public enum RecallRating
{
    Again = 1,
    Hard = 2,
    Good = 3,
    Easy = 4,
}
