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

    /// <summary>
    /// The button for "I don't know yet" when the generic "Not sure" would mislead: the wake-up log is "Not checked
    /// yet", and the advice for that is to check it (H-17). Null for the generic label.
    /// </summary>
    public LocalizedText? NotSure { get; init; }
}
