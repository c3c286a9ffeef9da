namespace CoachBot.Coaching.Conversations;

/// <summary>
/// A 1:1 quiz under way, kept in the quiz dialog's state between turns: its id (the time it began, in ms), the topic
/// asked for, and its questions in order, each with the order its options are shown in and what has been answered.
/// </summary>
internal sealed record QuizSession(long Id, string? Topic, IReadOnlyList<QuizItem> Items)
{
    /// <summary>The place of the first question not yet answered, or <see cref="Items"/>' count when all are.</summary>
    public int Current
    {
        get
        {
            var index = 0;
            while (index < Items.Count && Items[index].Right is not null)
            {
                index++;
            }

            return index;
        }
    }

    public QuizSession With(int index, QuizItem item) => this with { Items = [.. Items.Select((old, i) => i == index ? item : old)] };
}
