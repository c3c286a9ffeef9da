using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// "Quiz me" (alone, or "quiz me on {0}" with a topic in the slot), "practise {0}" (a role-play), "my scores", reminders, and the words that name each quiz
/// topic, in any language of their phrases in the text catalog.
/// </summary>
internal static class TrainingCommands
{
    /// <summary>Start a 1:1 quiz.</summary>
    public static CommandId QuizMe { get; } = new("quiz-me");

    /// <summary>
    /// "Start quiz complaints 5": in a channel, a trainer's quiz for everyone (the host's channel quizzes); in the 1:1
    /// chat, the same as <see cref="QuizMe"/>.
    /// </summary>
    public static CommandId StartQuiz { get; } = new("start-quiz");

    /// <summary>Show the trainee's own results.</summary>
    public static CommandId MyScores { get; } = new("my-scores");

    /// <summary>Start a role-play ("practise the lost bag"); alone, the list of cases.</summary>
    public static CommandId Practise { get; } = new("practise");

    /// <summary>Turn reminders of due reviews on.</summary>
    public static CommandId RemindMe { get; } = new("remind-me");

    /// <summary>Turn them off.</summary>
    public static CommandId StopReminders { get; } = new("stop-reminders");

    public static CommandId Complaints { get; } = new("quiz-topic.complaints");

    public static CommandId Wedge { get; } = new("quiz-topic.wedge");

    public static CommandId Discounts { get; } = new("quiz-topic.discounts");

    public static CommandId Aidaa { get; } = new("quiz-topic.aidaa");

    public static CommandId Managers { get; } = new("quiz-topic.managers");

    public static CommandId Service { get; } = new("quiz-topic.service");

    public static CommandId Sales { get; } = new("quiz-topic.sales");

    /// <summary>The topic id each topic's words stand for.</summary>
    public static IReadOnlyList<(string Topic, CommandId Words)> Topics { get; } =
    [
        ("complaints", Complaints), ("wedge", Wedge), ("discounts", Discounts), ("aidaa", Aidaa),
        ("managers", Managers), ("service", Service), ("sales", Sales),
    ];
}
