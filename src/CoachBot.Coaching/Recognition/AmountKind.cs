namespace CoachBot.Coaching.Recognition;

/// <summary>What an amount is.</summary>
public enum AmountKind
{
    /// <summary>A sum of money ("$5", "1tr2", "120万", "三百五十元").</summary>
    Money,

    /// <summary>A percentage ("10%", "10 phần trăm", "百分之十").</summary>
    Percent,

    /// <summary>A Chinese 折 price multiplier ("九折", "八五折"); the value is the percent off (10, 15).</summary>
    DiscountMultiplier,
}
