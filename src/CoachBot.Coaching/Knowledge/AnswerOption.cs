using CoachBot.Dialogs;

namespace CoachBot.Coaching.Knowledge;

/// <summary>One button of a question: the fact value it sets and its label.</summary>
public sealed record AnswerOption(FactValue Value, LocalizedText Label);
