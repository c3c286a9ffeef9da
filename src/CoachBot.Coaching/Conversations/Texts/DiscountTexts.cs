using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>The discount dialog's questions and the lines of its figures section ({n} are figures from the policy and the plan).</summary>
internal static class DiscountTexts
{
    public static LocalizedText AskRate(string currency) => LocalizedText.Of(
        $"What is the room rate per night (in {currency})?",
        $"Giá phòng một đêm là bao nhiêu (tính bằng {currency})?",
        $"每晚房价是多少（以 {currency} 计）？",
        $"每晚房價是多少（以 {currency} 計）？");

    public static LocalizedText AskConcession { get; } = LocalizedText.Of(
        "How much more does the guest want off a night? For example 10% or an amount.",
        "Khách muốn bớt thêm bao nhiêu mỗi đêm? Ví dụ 10% hoặc một số tiền.",
        "客人每晚还想再便宜多少？例如 10% 或一个金额。",
        "客人每晚還想再便宜多少？例如 10% 或一個金額。");

    public static LocalizedText Heading { get; } = LocalizedText.Of("Your figures", "Con số của bạn", "你的数字", "你的數字");

    public static LocalizedText Authority { get; } = LocalizedText.Of(
        "Your authority ({0}): up to {1}% and {2} off a night; at this rate at most {3}.",
        "Quyền hạn của bạn ({0}): tối đa {1}% và {2} mỗi đêm; với giá này tối đa {3}.",
        "你的权限（{0}）：每晚最多 {1}% 且不超过 {2}；按此房价最多 {3}。",
        "你的權限（{0}）：每晚最多 {1}% 且不超過 {2}；按此房價最多 {3}。");

    public static LocalizedText Given { get; } = LocalizedText.Of(
        "Already given: {0} off ({1}%), so {2} a night.",
        "Đã giảm: {0} ({1}%), còn {2} một đêm.",
        "已给优惠：{0}（{1}%），即每晚 {2}。",
        "已給優惠：{0}（{1}%），即每晚 {2}。");

    public static LocalizedText AskedOff { get; } = LocalizedText.Of(
        "Asked: {0} off: {1}.",
        "Khách xin: giảm {0}: {1}.",
        "客人要求：优惠 {0}：{1}。",
        "客人要求：優惠 {0}：{1}。");

    public static LocalizedText AskedOffWithPercent { get; } = LocalizedText.Of(
        "Asked: {0} off ({1}%): {2}.",
        "Khách xin: giảm {0} ({1}%): {2}.",
        "客人要求：优惠 {0}（{1}%）：{2}。",
        "客人要求：優惠 {0}（{1}%）：{2}。");

    public static LocalizedText Asked { get; } = LocalizedText.Of(
        "Asked: {0} more, {1}% off in all: {2}.",
        "Khách xin: bớt thêm {0}, tổng cộng giảm {1}%: {2}.",
        "客人要求：再减 {0}，合计优惠 {1}%：{2}。",
        "客人要求：再減 {0}，合計優惠 {1}%：{2}。");

    public static LocalizedText Within { get; } = LocalizedText.Of("within your authority", "trong quyền hạn của bạn", "在你的权限内", "在你的權限內");

    public static LocalizedText Beyond { get; } = LocalizedText.Of("beyond your authority", "vượt quyền hạn của bạn", "超出你的权限", "超出你的權限");

    public static LocalizedText HoldFirm { get; } = LocalizedText.Of(
        "First hold firm at {0} a night.", "Trước hết giữ giá {0} một đêm.", "先稳住每晚 {0} 的价格。", "先穩住每晚 {0} 的價格。");

    // {0} is on top of the step before; {1} and {2} are the price and the percentage off in all at this step.
    public static LocalizedText SmallStep { get; } = LocalizedText.Of(
        "If needed, a small step: {0} more, so {1} a night ({2}% off in all).",
        "Nếu cần, nhượng một bước nhỏ: bớt thêm {0}, còn {1} một đêm (tổng cộng giảm {2}%).",
        "如有需要，小让一步：再减 {0}，即每晚 {1}（合计优惠 {2}%）。",
        "如有需要，小讓一步：再減 {0}，即每晚 {1}（合計優惠 {2}%）。");

    public static LocalizedText ManagersSpecialForRegulars { get; } = LocalizedText.Of(
        "Step away to ask the manager, then come back with {0} more, so {1} a night ({2}% off in all), as the manager's special price for regulars.",
        "Xin phép đi hỏi quản lý, rồi quay lại với mức bớt thêm {0}, còn {1} một đêm (tổng cộng giảm {2}%), là giá đặc biệt quản lý dành cho khách quen.",
        "借口去请示经理，回来再减 {0}，即每晚 {1}（合计优惠 {2}%），说明是经理给老客人的特别价。",
        "藉口去請示經理，回來再減 {0}，即每晚 {1}（合計優惠 {2}%），說明是經理給老客人的特別價。");

    public static LocalizedText ManagersSpecial { get; } = LocalizedText.Of(
        "Step away to ask the manager, then come back with {0} more, so {1} a night ({2}% off in all), as a special price the manager approved.",
        "Xin phép đi hỏi quản lý, rồi quay lại với mức bớt thêm {0}, còn {1} một đêm (tổng cộng giảm {2}%), là giá đặc biệt quản lý đã duyệt.",
        "借口去请示经理，回来再减 {0}，即每晚 {1}（合计优惠 {2}%），说明是经理特批的价格。",
        "藉口去請示經理，回來再減 {0}，即每晚 {1}（合計優惠 {2}%），說明是經理特批的價格。");

    public static LocalizedText CallManager { get; } = LocalizedText.Of(
        "Beyond that, promise nothing: call the duty manager.",
        "Vượt mức đó thì đừng hứa gì: hãy gọi quản lý ca.",
        "超出这个范围不要承诺任何事：请呼叫值班经理。",
        "超出這個範圍不要承諾任何事：請呼叫值班經理。");

    public static LocalizedText Reserve { get; } = LocalizedText.Of(
        "Kept in reserve: {0}.", "Giữ lại dự phòng: {0}.", "保留余地：{0}。", "保留餘地：{0}。");

    public static LocalizedText Role(Policy.StaffRole role) => CoachTexts.Role(role);
}
