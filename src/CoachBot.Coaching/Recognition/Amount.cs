namespace CoachBot.Coaching.Recognition;

/// <summary>
/// An amount as the user typed it, parsed. <see cref="Value"/> is the number (for
/// <see cref="AmountKind.DiscountMultiplier"/>, the percent off: 九折 → 10); <see cref="Currency"/> is an
/// ISO code (USD, VND, CNY) only when the text names one; <see cref="Role"/> is what it refers to.
/// </summary>
public sealed record Amount(decimal Value, AmountKind Kind, string? Currency, AmountRole Role);
