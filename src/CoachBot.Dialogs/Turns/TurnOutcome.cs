namespace CoachBot.Dialogs;

/// <summary>What one turn produced; the host commits all three together or none.</summary>
public sealed record TurnOutcome(IReadOnlyList<Reply> Replies, DialogState State, IReadOnlyList<SideEffect> Effects);
