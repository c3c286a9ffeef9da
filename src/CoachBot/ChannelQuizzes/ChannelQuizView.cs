using CoachBot.State;

namespace CoachBot.ChannelQuizzes;

/// <summary>Who a question card is drawn for: the card posted to everyone, a member, or the trainer running the quiz.</summary>
internal enum ChannelQuizViewer
{
    Everyone,
    Member,
    Trainer,
}

/// <summary>
/// One question of a channel quiz as one viewer sees it at one moment: open or closed, how many have answered (and how
/// many rightly, once closed), and the viewer's own answer. Only answers that came before the question closed count.
/// </summary>
internal sealed record ChannelQuizView(
    ChannelQuizRecord Quiz, int Question, ChannelQuizViewer Viewer, bool Closed, int Answered, int Right, ChannelQuizAnswer? Mine)
{
    /// <summary>The names of the roster members who have not answered yet (the trainer's view).</summary>
    public IReadOnlyList<string> Waiting { get; init; } = [];

    public ChannelQuizQuestion Asked => Quiz.Questions[Question];

    /// <summary>The view of <paramref name="question"/> for <paramref name="userId"/> (null: everyone) from the answers so far.</summary>
    public static ChannelQuizView For(ChannelQuizRecord quiz, int question, string? userId, IReadOnlyList<ChannelQuizAnswer> answers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(quiz);
        ArgumentNullException.ThrowIfNull(answers);
        var counted = answers.Where(a => a.Question == question && quiz.Counts(a)).ToList();
        var viewer = userId is null ? ChannelQuizViewer.Everyone
            : userId == quiz.TrainerId ? ChannelQuizViewer.Trainer
            : ChannelQuizViewer.Member;
        return new ChannelQuizView(
            quiz,
            question,
            viewer,
            quiz.IsClosed(question, now),
            counted.Count,
            counted.Count(a => a.Right),
            userId is null ? null : counted.FirstOrDefault(a => a.UserId == userId))
        {
            Waiting = viewer == ChannelQuizViewer.Trainer ? ChannelQuizCard.Laggards(quiz, counted) : [],
        };
    }

    /// <summary>Whether the viewer can still answer: it is open and they are a member who has not.</summary>
    public bool CanAnswer => !Closed && Mine is null && Viewer is not ChannelQuizViewer.Trainer;
}
