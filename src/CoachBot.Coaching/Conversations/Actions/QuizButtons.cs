using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// The buttons under a finished quiz and a score card: "Another quiz" (<c>quiz:new</c>, or <c>quiz:new:complaints</c>
/// for a topic) and "My scores" (<c>quiz:scores</c>). Values rather than command phrases, so a Vietnamese trainee's
/// press is answered in Vietnamese, not in the language of an English phrase.
/// </summary>
internal static class QuizButtons
{
    public const string ScoresValue = "quiz:scores";
    private const string NewPrefix = "quiz:new";

    public static string NewQuiz(string? topic) => topic is null ? NewPrefix : $"{NewPrefix}:{topic}";

    /// <summary>The topic of an "Another quiz" press ("" for any topic), or null when the turn is not one.</summary>
    public static string? NewQuizPressed(IncomingTurn turn)
    {
        var value = ChoiceRecognizer.SubmittedChoice(turn.Value) ?? turn.Text?.Trim();
        return value switch
        {
            NewPrefix => string.Empty,
            not null when value.StartsWith(NewPrefix + ":", StringComparison.Ordinal) => value[(NewPrefix.Length + 1)..],
            _ => null,
        };
    }

    public static bool ScoresPressed(IncomingTurn turn) => (ChoiceRecognizer.SubmittedChoice(turn.Value) ?? turn.Text?.Trim()) == ScoresValue;
}
