namespace CoachBot.Coaching.Recognition;

/// <summary>
/// An amount found in folded text, before its role is known. <see cref="Bare"/>: a plain number with no
/// currency, multiplier or percent sign, kept only if a role cue ("rate is 120") says what it is.
/// </summary>
internal readonly record struct ParsedAmount(decimal Value, AmountKind Kind, string? Currency, int Start, int End, bool Bare);
