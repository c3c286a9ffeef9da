using CoachBot.Coaching.Training;

namespace CoachBot.Coaching.Conversations;

/// <summary>A trainee's stored quiz answers, oldest first, and what they say: each question's latest memory card.</summary>
public sealed class QuizHistory(IReadOnlyList<QuizAnswerPayload> answers)
{
    public IReadOnlyList<QuizAnswerPayload> Answers { get; } = answers;

    /// <summary>The memory card of each question after its latest answer.</summary>
    public IReadOnlyDictionary<string, MemoryCard> Cards { get; } = Latest(answers);

    private static Dictionary<string, MemoryCard> Latest(IReadOnlyList<QuizAnswerPayload> answers)
    {
        var cards = new Dictionary<string, MemoryCard>(StringComparer.Ordinal);
        foreach (var answer in answers.OrderBy(a => a.AnsweredAt))
        {
            cards[answer.QuestionId] = answer.Card;
        }

        return cards;
    }
}
