using CoachBot.Dialogs;

namespace CoachBot.Coaching.Knowledge;

/// <summary>What kind of situation this is (e.g. <c>accusatory</c>), with a label for the user.</summary>
public sealed record Classification(string Key, LocalizedText Label);
