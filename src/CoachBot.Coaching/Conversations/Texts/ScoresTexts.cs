using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>The words of "my scores": a trainee's own quiz results.</summary>
internal static class ScoresTexts
{
    public static TextId Title { get; } = new("scores.title");

    public static TextId None { get; } = new("scores.none");

    // {0}: right, {1}: questions, {2}: the topic's name, {3}: the date.
    public static TextId LastQuiz { get; } = new("scores.last-quiz");

    public static TextId TopicsHeading { get; } = new("scores.topics-heading");

    // {0}: the topic's name, {1}: answers, {2}: the share right in per cent.
    public static TextId TopicLine { get; } = new("scores.topic-line");

    // {0}: how many questions are due.
    public static TextId Due { get; } = new("scores.due");

    public static TextId NoneDue { get; } = new("scores.none-due");

    // {0}: the inventory id and its name, {1}: misses, {2}: answers.
    public static TextId WeakLine { get; } = new("scores.weak-line");

    public static TextId Mixed { get; } = new("scores.mixed");

    public static TextId RolePlaysHeading { get; } = new("scores.roleplays-heading");

    // {0}: the case, {1}: checks passed, {2}: checks graded, {3}: per cent, {4}: when.
    public static TextId RolePlayLine { get; } = new("scores.roleplay-line");
}
