using CoachBot.Dialogs;

namespace CoachBot.Escalations;

/// <summary>The words on the duty desk's escalation and reminder cards, in English, Vietnamese and Chinese.</summary>
internal static class EscalationCardTexts
{
    public static readonly LocalizedText Title = LocalizedText.Of(
        "Duty manager needed", "Cần quản lý ca", "需要值班经理", "需要值班經理");

    public static readonly LocalizedText ReminderTitle = LocalizedText.Of(
        "Reminder {0}: duty manager still needed", "Nhắc lần {0}: vẫn cần quản lý ca", "第 {0} 次提醒：仍需要值班经理", "第 {0} 次提醒：仍需要值班經理");

    public static readonly LocalizedText SecurityTitle = LocalizedText.Of(
        "Security needed", "Cần an ninh", "需要保安", "需要保安");

    public static readonly LocalizedText SecurityReminderTitle = LocalizedText.Of(
        "Reminder {0}: security still needed", "Nhắc lần {0}: vẫn cần an ninh", "第 {0} 次提醒：仍需要保安", "第 {0} 次提醒：仍需要保安");

    public static readonly LocalizedText NobodyYet = LocalizedText.Of(
        "Nobody has acknowledged this yet.", "Chưa ai xác nhận yêu cầu này.", "还没有人确认此请求。", "還沒有人確認此請求。");

    public static readonly LocalizedText NextOnRoster = LocalizedText.Of(
        "Next on the roster: {0}", "Người tiếp theo trong ca trực: {0}", "值班表上的下一位：{0}", "值班表上的下一位：{0}");

    public static readonly LocalizedText Acknowledge = LocalizedText.Of(
        "Acknowledge — I'm on it", "Xác nhận — tôi xử lý", "确认——我来处理", "確認——我來處理");

    public static readonly LocalizedText Urgency = LocalizedText.Of("Urgency", "Mức khẩn", "紧急程度", "緊急程度");

    public static readonly LocalizedText Situation = LocalizedText.Of("Situation", "Tình huống", "情况", "情況");

    public static readonly LocalizedText Staff = LocalizedText.Of("Staff", "Nhân viên", "员工", "員工");

    public static readonly LocalizedText Property = LocalizedText.Of("Property", "Cơ sở", "酒店", "酒店");

    public static readonly LocalizedText Rules = LocalizedText.Of("Rules", "Quy tắc", "规则", "規則");

    public static readonly LocalizedText OnDuty = LocalizedText.Of("On duty", "Đang trực", "当班", "當班");

    /// <summary>An urgency or role key as words; an unknown key is shown as it is, underscores as spaces.</summary>
    public static string Describe(string key, ReplyLanguage language) => key switch
    {
        "immediate" => LocalizedText.Of("Immediate", "Ngay lập tức", "立即", "立即").For(language),
        "soon" => LocalizedText.Of("Soon", "Sớm", "尽快", "盡快").For(language),
        "routine" => LocalizedText.Of("Routine", "Thông thường", "常规", "常規").For(language),
        "duty_manager" => LocalizedText.Of("duty manager", "quản lý ca", "值班经理", "值班經理").For(language),
        "supervisor" => LocalizedText.Of("supervisor", "giám sát", "主管", "主管").For(language),
        "front_desk" => LocalizedText.Of("front desk", "lễ tân", "前台", "前台").For(language),
        "sales" => LocalizedText.Of("sales", "kinh doanh", "销售", "銷售").For(language),
        "trainer" => LocalizedText.Of("trainer", "đào tạo", "培训师", "培訓師").For(language),
        _ => key.Replace('_', ' '),
    };
}
