namespace CoachBot.Coaching.Phrasing;

/// <summary>
/// What the fact guard refuses to see added: promises and policy words, in every language, matched in lower case from
/// the start of a word (so "refund" also finds "refunded"; anywhere in Chinese). The defaults are what a guest or a
/// client would hold the hotel to; a deployment adds its own policy words.
/// </summary>
public sealed record FactGuardOptions
{
    public IReadOnlyList<string> Promises { get; init; } =
    [
        "compensat", "refund", "free", "complimentary", "guarantee", "voucher", "upgrade", "discount", "waive", "on the house", "on us", "comp ",
        "bồi thường", "đền bù", "hoàn tiền", "miễn phí", "đảm bảo", "nâng hạng", "giảm giá", "tặng", "khuyến mãi",
        "赔偿", "补偿", "退款", "免费", "保证", "升级", "折扣", "打折", "免单", "赠送", "送",
        "賠償", "補償", "免費", "保證", "升級", "免單", "贈送",
    ];

    public IReadOnlyList<string> PolicyWords { get; init; } = [];

    /// <summary>How much longer than the rules' text a rephrase may be (plus ten characters): it should be shorter.</summary>
    public double MaxLengthRatio { get; init; } = 1.5;
}
