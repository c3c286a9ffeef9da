using CoachBot.Coaching.Training;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// One question of a <see cref="QuizSession"/>: the option ids in the order shown (shuffled, so the answer is not
/// always the first letter), the trainee's memory card of it (before the answer, the one earlier quizzes left, null when never asked; after it, the one the answer made), the options picked
/// so far (one; or, for an order question, the steps in the order tapped) and the verdict once answered.
/// </summary>
internal sealed record QuizItem(string QuestionId, IReadOnlyList<string> Shown, MemoryCard? Card)
{
    public IReadOnlyList<string> Given { get; init; } = [];

    public bool? Right { get; init; }
}
