using CoachBot.Coaching.Knowledge;

namespace CoachBot.Coaching.Training;

/// <summary>The quiz questions of every topic, in file order, and what they cover of the knowledge inventory.</summary>
public sealed class QuizBank
{
    /// <summary>The fewest questions every inventory id marked for quiz use should have.</summary>
    public const int QuestionsPerQuizId = 2;

    public QuizBank(IReadOnlyList<QuizQuestion> questions)
    {
        Questions = questions;
        Topics = [.. questions.Select(q => q.Topic).Distinct(StringComparer.Ordinal)];
    }

    public static QuizBank Empty { get; } = new([]);

    public IReadOnlyList<QuizQuestion> Questions { get; }

    public IReadOnlyList<string> Topics { get; }

    /// <summary>The inventory ids marked for quiz use that fewer than <see cref="QuestionsPerQuizId"/> questions cite, with their count.</summary>
    public IReadOnlyList<(string Id, int Questions)> Uncovered(SourceRegistry sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var cited = Questions.SelectMany(q => q.Sources).CountBy(id => id, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        return [.. sources.Entries
            .Where(e => e.Uses.Contains(SourceUse.Quiz))
            .Select(e => (e.Id, Questions: cited.GetValueOrDefault(e.Id)))
            .Where(e => e.Questions < QuestionsPerQuizId)];
    }
}
