using CoachBot.Dialogs;

namespace CoachBot.Coaching.Knowledge;

/// <summary>
/// A question for a fact the advice depends on; the coaching dialog shows the options as buttons and
/// sets <see cref="Fact"/> from the answer. Asked only while the fact is unknown.
/// </summary>
public sealed record FactQuestion(string Fact, LocalizedText Question, IReadOnlyList<AnswerOption> Options)
{
    /// <summary>
    /// The question in a few words, for a refinement button on advice ("Wants compensation?"): the advice comes
    /// first, and the answer only sharpens it.
    /// </summary>
    public LocalizedText Refine { get; init; } = Question;
}
