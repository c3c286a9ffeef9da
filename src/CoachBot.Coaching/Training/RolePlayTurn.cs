using CoachBot.Dialogs;

namespace CoachBot.Coaching.Training;

/// <summary>
/// One exchange of a role play: what the guest or prospect says, the checks the trainee's answer to it is graded on,
/// a model answer (which itself passes those checks), why it is right with the inventory ids of the rule and,
/// optionally, what the other side says when the answer fails a check, before the next line.
/// </summary>
public sealed record RolePlayTurn(LocalizedText Says, IReadOnlyList<RolePlayCheck> Checks, LocalizedText Model, LocalizedText Why, LocalizedText? Failed);
