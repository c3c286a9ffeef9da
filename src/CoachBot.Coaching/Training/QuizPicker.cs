namespace CoachBot.Coaching.Training;

/// <summary>
/// Chooses a quiz's questions from the bank and the trainee's memory of them: questions due for review first, the
/// most forgotten first; then questions never asked, in a random order; then, to fill the quiz, those due soonest.
/// So a missed question, which FSRS brings back within minutes, is asked again before anything new.
/// </summary>
public sealed class QuizPicker(ISpacedRepetitionScheduler scheduler)
{
    /// <summary>
    /// Up to <paramref name="count"/> questions of <paramref name="bank"/> on <paramref name="topic"/> (null: any topic), given
    /// the trainee's memory card of each question answered before (<paramref name="cards"/>, by question id), at
    /// <paramref name="now"/>; <paramref name="random"/> orders the questions never asked.
    /// </summary>
    public IReadOnlyList<QuizQuestion> Pick(
        QuizBank bank, string? topic, IReadOnlyDictionary<string, MemoryCard> cards, int count, DateTimeOffset now, Random random)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(cards);
        ArgumentNullException.ThrowIfNull(random);
        var pool = bank.Questions.Where(q => topic is null || q.Topic == topic).ToList();
        var due = pool.Where(q => cards.TryGetValue(q.Id, out var c) && c.Due <= now)
            .OrderBy(q => scheduler.Retrievability(cards[q.Id]))
            .ThenBy(q => cards[q.Id].Due);
        var fresh = pool.Where(q => !cards.ContainsKey(q.Id)).ToArray();
        random.Shuffle(fresh);
        var later = pool.Where(q => cards.TryGetValue(q.Id, out var c) && c.Due > now).OrderBy(q => cards[q.Id].Due);
        return [.. due.Concat(fresh).Concat(later).Take(count)];
    }

    /// <summary>How many of <paramref name="topic"/>'s questions (null: any) are due for review at <paramref name="now"/>.</summary>
    public static int DueCount(QuizBank bank, string? topic, IReadOnlyDictionary<string, MemoryCard> cards, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(cards);
        return bank.Questions.Count(q => (topic is null || q.Topic == topic) && cards.TryGetValue(q.Id, out var c) && c.Due <= now);
    }
}
