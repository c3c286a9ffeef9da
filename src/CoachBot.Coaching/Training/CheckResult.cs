namespace CoachBot.Coaching.Training;

/// <summary>
/// How one answer did on one check, with the reason a trainee can see: the check's phrase the decision rests on, as
/// written in the checks file (never the trainee's own words). For a pass of a present check or a fail of an absent
/// one it is a phrase found un-negated; otherwise it is a phrase found only negated ("won't apologise"), or null when
/// no phrase was found at all.
/// </summary>
public sealed record CheckResult(RolePlayCheck Check, bool Passed, string? Phrase, bool Negated);
