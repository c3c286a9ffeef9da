namespace CoachBot.Coaching.Recognition;

/// <summary>A phrase that says what a nearby amount is ("rate", "đã giảm", "再便宜"), and where it is.</summary>
internal readonly record struct RoleCue(int Start, int End, AmountRole Role);
