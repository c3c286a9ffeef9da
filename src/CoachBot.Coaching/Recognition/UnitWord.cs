namespace CoachBot.Coaching.Recognition;

/// <summary>A folded word next to a number: a currency (Code), a multiplier (Factor) or a marker.</summary>
internal sealed record UnitWord(string Word, string? Code = null, decimal Factor = 1);
