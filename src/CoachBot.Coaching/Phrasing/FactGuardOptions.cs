namespace CoachBot.Coaching.Phrasing;

/// <summary>
/// What the fact guard refuses to see added: promises and policy words, in every language, matched as written in
/// lower case (whole words in Latin script, anywhere in Chinese). The defaults are the promises a guest would hold the
/// hotel to; a deployment adds its own policy words.
/// </summary>
public sealed record FactGuardOptions
{
    public IReadOnlyList<string> Promises { get; init; } =
    [
        "compensate", "compensation", "refund", "free", "for free", "complimentary", "guarantee", "guaranteed", "voucher", "upgrade",
        "bồi thường", "đền bù", "hoàn tiền", "miễn phí", "đảm bảo", "nâng hạng",
        "赔偿", "补偿", "退款", "免费", "保证", "升级", "賠償", "補償", "退款", "免費", "保證", "升級",
    ];

    public IReadOnlyList<string> PolicyWords { get; init; } = [];

    /// <summary>How much longer than the rules' text a rephrase may be: it should be shorter.</summary>
    public double MaxLengthRatio { get; init; } = 1.5;
}
