using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>The advice card's own words: the situation's name when nothing classifies it, the slot prefixes, More, the figures form.</summary>
internal static class AdviceTexts
{
    public static LocalizedText NeverSay { get; } = LocalizedText.Of("Never: {0}", "Đừng: {0}", "切忌：{0}", "切忌：{0}");

    // Circled numbers, not "1.": Teams and the chat page read "2. …" alone in a TextBlock as a list and renumber it 1.
    public static LocalizedText Step { get; } = LocalizedText.Of("{0} {1}", "{0} {1}", "{0} {1}", "{0} {1}");

    /// <summary>The number of a step as shown: ① … ⑳.</summary>
    public static string StepNumber(int number) => number is >= 1 and <= 20 ? ((char)('\u2460' + number - 1)).ToString() : $"({number})";

    // The headline when a missing fact would change what the situation is: "{0}. If {1}: {2}."
    public static LocalizedText BestGuess { get; } = LocalizedText.Of("{0}. If {1}: {2}.", "{0}. Nếu {1}: {2}.", "{0}。如果{1}：{2}。", "{0}。如果{1}：{2}。");

    public static LocalizedText MoreButton { get; } = LocalizedText.Of("More", "Xem thêm", "更多", "更多");

    public static LocalizedText NotSure { get; } = LocalizedText.Of("Not sure", "Chưa rõ", "不确定", "不確定");

    public static LocalizedText SourcesHeading { get; } = LocalizedText.Of("Where this comes from", "Nguồn", "出处", "出處");

    public static LocalizedText Source { get; } = LocalizedText.Of("{0}: {1}, {2}", "{0}: {1}, {2}", "{0}：{1}，{2}", "{0}：{1}，{2}");

    public static LocalizedText OtherSituation { get; } = LocalizedText.Of("Not this? {0}", "Không phải? {0}", "不是这个？{0}", "不是這個？{0}");

    public static LocalizedText ThenHeading { get; } = LocalizedText.Of(
        "Once everyone is safe", "Khi mọi người đã an toàn", "确认大家安全之后", "確認大家安全之後");

    public static LocalizedText FiguresButton { get; } = LocalizedText.Of("Add figures", "Nhập con số", "填写金额", "填寫金額");

    public static LocalizedText FiguresSubmit { get; } = LocalizedText.Of("Work out the figures", "Tính giúp tôi", "帮我算", "幫我算");

    public static LocalizedText RateLabel { get; } = LocalizedText.Of(
        "Room rate per night ({0})", "Giá phòng mỗi đêm ({0})", "每晚房价（{0}）", "每晚房價（{0}）");

    public static LocalizedText GivenLabel { get; } = LocalizedText.Of(
        "Already given (optional)", "Đã giảm (nếu có)", "已给的折扣（可不填）", "已給的折扣（可不填）");

    public static LocalizedText AskLabel { get; } = LocalizedText.Of(
        "The guest asks for", "Khách xin giảm", "客人要求", "客人要求");

    public static LocalizedText RateExample { get; } = LocalizedText.Of("e.g. 120", "vd. 120", "例如 120", "例如 120");

    public static LocalizedText AskExample { get; } = LocalizedText.Of("e.g. 10% or 15", "vd. 10% hoặc 15", "例如 10% 或 15", "例如 10% 或 15");

    public static LocalizedText CardExpired { get; } = LocalizedText.Of(
        "That card is from earlier advice and has expired. Tell me what's happening now and I'll advise again.",
        "Dạ, thẻ đó thuộc lời khuyên trước và đã hết hiệu lực. Anh/chị kể lại tình huống hiện tại, em gợi ý lại ngay.",
        "那张卡片是之前的建议，已经失效了。告诉我现在的情况，我马上重新给建议。",
        "那張卡片是之前的建議，已經失效了。告訴我現在的情況，我馬上重新給建議。");

    public static LocalizedText FiguresNotRead { get; } = LocalizedText.Of(
        "I couldn't read those figures. Type them like \"rate 120, he asks 10%\".",
        "Dạ em chưa đọc được con số. Anh/chị gõ giúp em kiểu \"giá 120, khách xin 10%\".",
        "我没看懂这些数字。可以这样输入：“房价120，客人要九折”。",
        "我沒看懂這些數字。可以這樣輸入：「房價120，客人要九折」。");

    /// <summary>The situation's name, the headline when no rule classifies it more precisely.</summary>
    public static LocalizedText Situation(string intent) => intent switch
    {
        "complaint" => LocalizedText.Of("A guest complaint", "Khách phàn nàn", "客人投诉", "客人投訴"),
        "discount_request" => LocalizedText.Of("A guest asks for a discount", "Khách xin giảm giá", "客人要求打折", "客人要求打折"),
        "incumbent" => LocalizedText.Of("A prospect with a current supplier", "Khách hàng đang dùng nhà cung cấp khác", "客户已有合作的供应商", "客戶已有合作的供應商"),
        "objection" => LocalizedText.Of("A prospect's objection", "Khách hàng từ chối", "客户提出异议", "客戶提出異議"),
        "lost_account" => LocalizedText.Of("A lost account", "Mất khách hàng", "丢失的客户", "流失的客戶"),
        "manager_question" => LocalizedText.Of("Leading your team", "Quản lý đội ngũ", "带团队", "帶團隊"),
        "sales_question" => LocalizedText.Of("Selling", "Bán hàng", "销售", "銷售"),
        _ => LocalizedText.Of("What to do", "Việc cần làm", "该怎么做", "該怎麼做"),
    };
}
