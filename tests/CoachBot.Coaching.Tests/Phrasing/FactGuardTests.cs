using CoachBot.Coaching.Phrasing;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Tests.Phrasing;

/// <summary>
/// The fact guard between an LLM's rephrasing and the user: a rephrase in the user's language that keeps every figure,
/// id and name passes; one that changes or adds a figure, drops an id or a name, adds a name, a promise or a policy word,
/// or answers in another language, is discarded, with the reason.
/// </summary>
public sealed class FactGuardTests
{
    private static readonly FactGuard Guard = new(new FactGuardOptions { PolicyWords = ["late checkout", "trả phòng muộn", "延迟退房"] });

    private static readonly string[] Roster = ["Minh", "Hoa"];

    public static TheoryData<string, string, string> Kept => new()
    {
        { "en", "Offer 10% off the 120 rate: 108 a night. Call Minh if she wants more (H-12).", "You can take 10% off the 120 rate, so 108 a night; for more, call Minh (H-12)." },
        { "en", "Say: I'm sorry, let me note every detail now.", "Tell him: I'm so sorry, I'll write down every detail right now." },
        { "en", "Offer 10% off the 120 rate.", "On the 120 rate, you can offer 10% off." },
        { "vi", "Giảm 10% trên giá 1.200.000đ: còn 1.080.000đ một đêm.", "Anh/chị giảm được 10% trên giá 1,200,000đ, tức 1080000đ mỗi đêm." },
        { "zh", "给客人九折：120元的房价，每晚108元。", "可以给客人打九折，120元的房价算下来每晚108元。" },
        { "zh-Hant", "請說：非常抱歉，我們馬上處理。", "您可以說：真的很抱歉，我們立刻為您處理。" },
    };

    [Theory]
    [MemberData(nameof(Kept))]
    public void Check_RephraseThatKeepsTheFacts_Accepted(string language, string original, string rephrased) =>
        Assert.Equal(GuardVerdict.Accepted, Guard.Check(original, rephrased, ReplyLanguage.FromTag(language)!, Roster));

    public static TheoryData<string, string, GuardReason, string?> Refused => new()
    {
        { "Offer 10% off the 120 rate: 108 a night.", "Offer 15% off the 120 rate: 102 a night.", GuardReason.FigureDropped, "10%" },
        { "Offer 10% off the 120 rate.", "Offer 10% off the 120 rate, or 10 off a night.", GuardReason.FigureAdded, "10" },
        { "Give 10 vouchers to the 20 guests who waited.", "Give 20 vouchers to the 10 guests who waited.", GuardReason.FigureMoved, "20, 10" },
        { "Apologise and take notes (H-12).", "Apologise and take notes.", GuardReason.SourceDropped, "H-12" },
        { "Call Minh now.", "Call the duty manager now.", GuardReason.NameDropped, "Minh" },
        { "Call the duty manager now.", "Call Hoa now.", GuardReason.NameAdded, "Hoa" },
        { "Apologise and take notes.", "Apologise, take notes and promise him a refund.", GuardReason.PromiseAdded, "refund" },
        { "Thank the guest for staying with us.", "Thank the guest and offer a late checkout.", GuardReason.PolicyWordAdded, "late checkout" },
        { "Say: I'm sorry, let me note every detail now.", "请说：非常抱歉，我马上记录所有细节。", GuardReason.WrongLanguage, "en" },
        { "Say: I'm sorry.", "  ", GuardReason.Empty, null },
        { "Say: I'm sorry.", "Say: I'm sorry. " + new string('x', 200), GuardReason.TooLong, null },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Check_RephraseThatChangesAFact_RefusedWithTheReason(string original, string rephrased, GuardReason reason, string? detail)
    {
        var verdict = Guard.Check(original, rephrased, ReplyLanguage.English, Roster);

        Assert.Equal(reason, verdict.Reason);
        Assert.Equal(detail, verdict.Detail);
    }

    [Theory]
    [InlineData("vi", "Xin lỗi khách và ghi lại mọi chi tiết.", "Xin loi khach va ghi lai moi chi tiet.")]
    [InlineData("vi", "Xin lỗi khách và ghi lại mọi chi tiết.", "Apologise to the guest and note every detail.")]
    [InlineData("zh", "向客人道歉并记录所有细节。", "向客人道歉並記錄所有細節，這樣處理。")]
    [InlineData("zh-Hant", "向客人道歉並記錄所有細節。", "向客人道歉并记录所有细节，这样处理。")]
    [InlineData("vi", "Xin lỗi khách, không hứa bồi thường.", "Xin lỗi khách và bồi thường ngay.")]
    public void Check_VietnameseOrChinese_AnotherLanguageScriptOrPromiseRefused(string language, string original, string rephrased) =>
        Assert.False(Guard.Check(original, rephrased, ReplyLanguage.FromTag(language)!, Roster).IsAccepted);

    /// <summary>What an adversarial (or careless) model might write, each found in a review of the guard: all refused.</summary>
    public static TheoryData<string, string, string, GuardReason> Adversarial => new()
    {
        { "zh", "给客人九折。", "给客人八折。", GuardReason.FigureDropped },
        { "en", "Offer the guest 10% off tonight's rate.", "Offer the guest 10% off tonight's rate, or twenty percent.", GuardReason.FigureAdded },
        { "vi", "Giảm 10% cho khách.", "Giảm mười phần trăm cho khách.", GuardReason.FigureDropped },
        { "en", "Offer a $50 credit.", "Offer a €50 credit.", GuardReason.FigureDropped },
        { "en", "Breakfast is served until 10 am.", "Breakfast is served until 10 pm.", GuardReason.FigureDropped },
        { "zh", "房价120元。", "房价120万元。", GuardReason.FigureDropped },
        { "en", "Offer a 50 credit.", "Offer a 50k credit.", GuardReason.FigureDropped },
        { "en", "Do not move the guest to room 12 tonight.", "Move the guest to room 12 tonight.", GuardReason.NegationDropped },
        { "vi", "Không giảm giá cho khách.", "Giảm giá cho khách.", GuardReason.NegationDropped },
        { "zh", "不要移动客人的房间。", "要移动客人的房间。", GuardReason.NegationDropped },
        { "en", "Apologise and note every detail.", "No doubt a refund is coming; note every detail.", GuardReason.PromiseAdded },
        { "en", "Apologise and write down every detail.", "Apologise; you'll get compensated for it.", GuardReason.PromiseAdded },
        { "vi", "Xin lỗi khách và ghi lại chi tiết.", "Không sao, chúng tôi sẽ hoàn tiền.", GuardReason.PromiseAdded },
        { "zh", "向客人道歉并记录细节。", "别担心，我们会免费升级。", GuardReason.PromiseAdded },
        { "en", "Apologise and take notes (H-12).", "Apologise and take notes (H-12, H-13).", GuardReason.SourceAdded },
        { "vi", "Báo chị Mai ngay.", "Báo chị Hằng ngay, hẹn ngày mai.", GuardReason.NameDropped },
        { "en", "Call the duty manager now.", "Call the duty manager, Mr Tran, now.", GuardReason.NameAdded },
        { "en", "Apologise and note every detail.", "Apologise, ref\u200Bund, note every detail.", GuardReason.PromiseAdded },
        { "en", "Apologise and note every detail.", "Apologise, r\u0435fund, note every detail.", GuardReason.Markup },
        { "en", "Apologise and note every detail.", "Apologise, [read this](https://evil.example/x).", GuardReason.Markup },
        { "zh-Hant", "請向客人道歉。", "お客様に謝罪します。", GuardReason.WrongLanguage },
        { "zh", "向客人道歉并记录所有细节。", "Please apologise 请.", GuardReason.WrongLanguage },
    };

    [Theory]
    [MemberData(nameof(Adversarial))]
    public void Check_AdversarialRephrase_Refused(string language, string original, string rephrased, GuardReason reason) =>
        Assert.Equal(reason, Guard.Check(original, System.Text.RegularExpressions.Regex.Unescape(rephrased), ReplyLanguage.FromTag(language)!, ["Minh", "Hoa", "Mai"]).Reason);

    [Fact]
    public void Check_FullWidthDigits_AreTheSameFigure() =>
        Assert.True(Guard.Check("Offer 10% off the 120 rate.", "Offer １０% off the １２０ rate.", ReplyLanguage.English, Roster).IsAccepted);

    [Fact]
    public void Check_PromiseTheRulesMadeThemselves_Kept()
    {
        var original = "Offer a complimentary drink while the room is cleaned.";

        Assert.True(Guard.Check(original, "While we clean the room, offer a complimentary drink.", ReplyLanguage.English, Roster).IsAccepted);
    }

    [Theory]
    [InlineData("1,200,000đ", "1.200.000 đ")]
    [InlineData("12.5%", "12,5 %")]
    [InlineData("$120", "120 dollars")]
    public void FactSheet_SameFigureWrittenDifferently_IsOneFigure(string written, string rewritten) =>
        Assert.Equal(FactSheet.Of(written).Figures, FactSheet.Of(rewritten).Figures);
}
