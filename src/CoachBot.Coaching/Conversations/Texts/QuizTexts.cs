using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>The words of 1:1 quizzes: the question card, the verdict, the end of a quiz and "my scores".</summary>
internal static class QuizTexts
{
    // {0}: the topic's name, {1}: the question's place, {2}: how many questions.
    public static TextId Title { get; } = new("quiz.title");

    // {0}: the question's place, {1}: how many questions (a quiz on every topic).
    public static TextId TitleMixed { get; } = new("quiz.title-mixed");

    public static TextId TapLetter { get; } = new("quiz.tap-letter");

    public static TextId TapOrder { get; } = new("quiz.tap-order");

    // {0}: the steps tapped so far, as letters.
    public static TextId OrderSoFar { get; } = new("quiz.order-so-far");

    public static TextId Right { get; } = new("quiz.right");

    public static TextId Wrong { get; } = new("quiz.wrong");

    // {0}: the option(s) picked, with their letters.
    public static TextId YourAnswer { get; } = new("quiz.your-answer");

    // {0}: the key, with its letter(s).
    public static TextId TheAnswer { get; } = new("quiz.the-answer");

    public static TextId WhyHeading { get; } = new("quiz.why-heading");

    // {0}: the inventory ids and names the question is built from.
    public static TextId Source { get; } = new("quiz.source");

    // {0}: right answers, {1}: questions, {2}: the share in per cent.
    public static TextId DoneTitle { get; } = new("quiz.done-title");

    public static TextId PractiseNext { get; } = new("quiz.practise-next");

    public static TextId NothingMissed { get; } = new("quiz.nothing-missed");

    // {0}: when the first missed question comes back (a time of day or a date, in the property's time zone).
    public static TextId MissedComeBack { get; } = new("quiz.missed-come-back");

    public static TextId AgainButton { get; } = new("quiz.again-button");

    public static TextId ScoresButton { get; } = new("quiz.scores-button");

    public static TextId StopButton { get; } = new("quiz.stop-button");

    // {0}: the last letter ("D").
    public static TextId NotAnAnswer { get; } = new("quiz.not-an-answer");

    public static TextId Over { get; } = new("quiz.over");

    public static TextId PersonalOnly { get; } = new("quiz.personal-only");

    // {0}: the topics, comma separated.
    public static TextId NoQuestions { get; } = new("quiz.no-questions");

    // {0}: answered, {1}: questions, {2}: right.
    public static TextId Stopped { get; } = new("quiz.stopped");

    // {0}: the topic's name.
    public static TextId AgainOnButton { get; } = new("quiz.again-on-button");

    // {0}: from (a time of day), {1}: to.
    public static TextId RemindersOn { get; } = new("quiz.reminders-on");

    public static TextId RemindersOff { get; } = new("quiz.reminders-off");

    // {0}: how many questions are due.
    public static TextId Reminder { get; } = new("quiz.reminder");

    public static TextId QuizMeButton { get; } = new("quiz.quiz-me-button");

    /// <summary>Each topic's name as the trainee reads it, by the topic's id in the question files.</summary>
    public static IReadOnlyDictionary<string, TextId> TopicNames { get; } = new Dictionary<string, TextId>(StringComparer.Ordinal)
    {
        ["complaints"] = new("quiz.topic.complaints"),
        ["wedge"] = new("quiz.topic.wedge"),
        ["discounts"] = new("quiz.topic.discounts"),
        ["aidaa"] = new("quiz.topic.aidaa"),
        ["managers"] = new("quiz.topic.managers"),
        ["service"] = new("quiz.topic.service"),
        ["sales"] = new("quiz.topic.sales"),
    };

    /// <summary>The same keys as a list, for the catalog's check that every key the code uses is in the texts file.</summary>
    public static IEnumerable<TextId> AllTopicNames => TopicNames.Values;
}
