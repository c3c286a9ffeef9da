using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>The questions of the after-call note and their buttons.</summary>
internal static class CallNoteTexts
{
    public static LocalizedText GapQuestion { get; } = LocalizedText.Of(
        "What gap did the prospect discover in their current supplier?",
        "Khách hàng đã tự nhận ra thiếu sót nào của nhà cung cấp hiện tại?",
        "客户自己发现了现有供应商的哪个不足？",
        "客戶自己發現了現有供應商的哪個不足？");

    public static IReadOnlyList<(string Value, LocalizedText Label)> Gaps { get; } =
    [
        ("slow_response", LocalizedText.Of("Slow response", "Phản hồi chậm", "响应慢", "響應慢")),
        ("price_or_terms", LocalizedText.Of("Price or terms", "Giá hoặc điều khoản", "价格或条款", "價格或條款")),
        ("service_quality", LocalizedText.Of("Service quality", "Chất lượng dịch vụ", "服务质量", "服務質量")),
        ("no_personal_contact", LocalizedText.Of("No personal contact", "Không có người phụ trách riêng", "没有专人对接", "沒有專人對接")),
        ("none_yet", LocalizedText.Of("None yet", "Chưa có", "还没有", "還沒有")),
    ];

    public static LocalizedText DecisionMakerQuestion { get; } = LocalizedText.Of(
        "Do you know who really makes the decision?",
        "Bạn có biết ai thực sự ra quyết định không?",
        "你知道真正做决定的人是谁吗？",
        "你知道真正做決定的人是誰嗎？");

    public static LocalizedText NextStepQuestion { get; } = LocalizedText.Of(
        "When is the next step agreed for?", "Bước tiếp theo đã hẹn khi nào?", "下一步约在什么时候？", "下一步約在什麼時候？");

    public static IReadOnlyList<(string Value, int? Days, LocalizedText Label)> NextSteps { get; } =
    [
        ("tomorrow", 1, LocalizedText.Of("Tomorrow", "Ngày mai", "明天", "明天")),
        ("within_week", 7, LocalizedText.Of("Within a week", "Trong tuần tới", "一周内", "一週內")),
        ("within_two_weeks", 14, LocalizedText.Of("Within two weeks", "Trong hai tuần", "两周内", "兩週內")),
        ("not_agreed", null, LocalizedText.Of("Not agreed yet", "Chưa hẹn", "还没约", "還沒約")),
    ];

    public static LocalizedText NoteQuestion(int days) => LocalizedText.Of(
        $"Add a short note if you like (kept {days} days), or press Skip.",
        $"Thêm ghi chú ngắn nếu muốn (lưu {days} ngày), hoặc bấm Bỏ qua.",
        $"如需要可以加一句简短备注（保留 {days} 天），或点“跳过”。",
        $"如需要可以加一句簡短備註（保留 {days} 天），或點「跳過」。");

    public static LocalizedText Skip { get; } = LocalizedText.Of("Skip", "Bỏ qua", "跳过", "跳過");

    public static LocalizedText Saved(int days) => LocalizedText.Of(
        $"Saved your call note (kept {days} days).",
        $"Đã lưu ghi chú cuộc gặp (giữ {days} ngày).",
        $"已保存拜访记录（保留 {days} 天）。",
        $"已保存拜訪記錄（保留 {days} 天）。");
}
