using CoachBot.Dialogs;

namespace CoachBot.ChannelQuizzes;

/// <summary>The words of channel quizzes (texts.yaml, <c>channel-quiz.*</c>).</summary>
internal static class ChannelQuizTexts
{
    /// <summary>"End quiz": the trainer stops the running quiz; the leaderboard so far is the final one.</summary>
    public static CommandId End { get; } = new("channel-quiz.end");

    public static TextId TrainersOnly { get; } = new("channel-quiz.trainers-only");

    public static TextId AlreadyRunning { get; } = new("channel-quiz.already-running");

    public static TextId UnknownTopic { get; } = new("channel-quiz.unknown-topic");

    public static TextId Started { get; } = new("channel-quiz.started");

    public static TextId StartedOne { get; } = new("channel-quiz.started-one");

    public static TextId AnsweredOf { get; } = new("channel-quiz.answered-of");

    public static TextId StillToAnswer { get; } = new("channel-quiz.still-to-answer");

    public static TextId AnswerReceived { get; } = new("channel-quiz.answer-received");

    public static TextId NotYet { get; } = new("channel-quiz.not-yet");

    public static TextId TrainerOnlyEnd { get; } = new("channel-quiz.trainer-only-end");

    public static TextId NobodyInQuiz { get; } = new("channel-quiz.nobody-in-quiz");

    public static TextId TheMistake { get; } = new("channel-quiz.the-mistake");

    public static TextId Why { get; } = new("channel-quiz.why");

    public static TextId QuestionTitle { get; } = new("channel-quiz.question-title");

    public static TextId TimeLimit { get; } = new("channel-quiz.time-limit");

    public static TextId AnsweredSoFar { get; } = new("channel-quiz.answered-so-far");

    public static TextId YourRight { get; } = new("channel-quiz.your-right");

    public static TextId YourWrong { get; } = new("channel-quiz.your-wrong");

    public static TextId KeyAfterClose { get; } = new("channel-quiz.key-after-close");

    public static TextId Closed { get; } = new("channel-quiz.closed");

    public static TextId NotAnsweredByYou { get; } = new("channel-quiz.not-answered-by-you");

    public static TextId Over { get; } = new("channel-quiz.over");

    public static TextId CloseButton { get; } = new("channel-quiz.close-button");

    public static TextId RefreshButton { get; } = new("channel-quiz.refresh-button");

    public static TextId TrainerHint { get; } = new("channel-quiz.trainer-hint");

    public static TextId TrainerOnlyClose { get; } = new("channel-quiz.trainer-only-close");

    public static TextId ResultsTitle { get; } = new("channel-quiz.results-title");

    public static TextId RightShare { get; } = new("channel-quiz.right-share");

    public static TextId NotAnswered { get; } = new("channel-quiz.not-answered");

    public static TextId NobodyAnswered { get; } = new("channel-quiz.nobody-answered");

    public static TextId Leaderboard { get; } = new("channel-quiz.leaderboard");

    public static TextId Standing { get; } = new("channel-quiz.standing");

    public static TextId NextComing { get; } = new("channel-quiz.next-coming");

    public static TextId FinalTitle { get; } = new("channel-quiz.final-title");

    public static TextId Winner { get; } = new("channel-quiz.winner");

    public static TextId Ended { get; } = new("channel-quiz.ended");

    public static TextId NoneRunning { get; } = new("channel-quiz.none-running");

    /// <summary>A topic's name as trainees read it (the 1:1 quiz's words).</summary>
    public static TextId Topic(string topic) => new($"quiz.topic.{topic}");

    /// <summary>The name of a quiz on every topic.</summary>
    public static TextId AllTopics { get; } = new("channel-quiz.all-topics");
}
