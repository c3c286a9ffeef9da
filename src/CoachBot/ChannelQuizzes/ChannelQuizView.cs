using CoachBot.Coaching.Training;
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
/// many rightly, once closed), and the viewer's own answer.
/// </summary>
internal sealed record ChannelQuizView(
    ChannelQuizRecord Quiz,
    int Question,
    QuizQuestion Bank,
    ChannelQuizViewer Viewer,
    bool Closed,
    int Answered,
    int Right,
    ChannelQuizAnswer? Mine)
{
    /// <summary>The view of <paramref name="question"/> for <paramref name="userId"/> (null: everyone) from the answers so far.</summary>
    public static ChannelQuizView For(
        ChannelQuizRecord quiz, int question, QuizQuestion bank, string? userId, IReadOnlyList<ChannelQuizAnswer> answers, DateTimeOffset now)
    {
        var toQuestion = answers.Where(a => a.Question == question).ToList();
        var viewer = userId is null ? ChannelQuizViewer.Everyone
            : userId == quiz.TrainerId ? ChannelQuizViewer.Trainer
            : ChannelQuizViewer.Member;
        return new ChannelQuizView(
            quiz,
            question,
            bank,
            viewer,
            quiz.IsClosed(question, now),
            toQuestion.Count,
            toQuestion.Count(a => a.Right),
            userId is null ? null : toQuestion.FirstOrDefault(a => a.UserId == userId));
    }

    /// <summary>Whether the viewer can still answer: it is open and they are a member who has not.</summary>
    public bool CanAnswer => !Closed && Mine is null && Viewer is not ChannelQuizViewer.Trainer;
}
