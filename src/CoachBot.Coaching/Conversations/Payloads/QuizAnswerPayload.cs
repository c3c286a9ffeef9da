using CoachBot.Coaching.Training;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// One answer in a 1:1 quiz (side effect <see cref="SideEffectKinds.QuizAnswer"/>): which question, whether it was
/// right, the quiz it belonged to, and the question's memory card after the answer, which decides when it comes back.
/// Nothing the trainee typed is kept: only the question's id and the verdict.
/// </summary>
/// <param name="QuestionId">The question bank's id.</param>
/// <param name="Topic">The question's topic, so scores group without the bank.</param>
/// <param name="Sources">The inventory ids the question is built from, for "practise next".</param>
/// <param name="Right">Whether the answer was the key.</param>
/// <param name="QuizId">The quiz the answer belongs to (the time it began, in ms), so scores can be told per quiz.</param>
/// <param name="Position">The question's place in that quiz, from 1.</param>
/// <param name="Count">How many questions that quiz has.</param>
/// <param name="AnsweredAt">When it was answered.</param>
/// <param name="Card">The question's memory card after this answer.</param>
public sealed record QuizAnswerPayload(
    string QuestionId,
    string Topic,
    IReadOnlyList<string> Sources,
    bool Right,
    long QuizId,
    int Position,
    int Count,
    DateTimeOffset AnsweredAt,
    MemoryCard Card);
