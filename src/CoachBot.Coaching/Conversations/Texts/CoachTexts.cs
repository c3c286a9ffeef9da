using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>The coaching dialogs' own words (headings, buttons, confirmations); advice itself comes from the playbooks.</summary>
internal static class CoachTexts
{
    public static LocalizedText Welcome { get; } = LocalizedText.Of(
        "Hi! Tell me what's happening (an upset guest, a discount request, a prospect with another supplier, an objection) and I'll tell you what to say now. Type help for more.",
        "Xin chào! Hãy kể chuyện đang xảy ra (khách phàn nàn, khách xin giảm giá, khách hàng đang có nhà cung cấp khác, lời từ chối) và tôi sẽ gợi ý câu nói ngay. Gõ \"trợ giúp\" để xem thêm.",
        "您好！告诉我正在发生什么（客人投诉、要求打折、客户已有供应商、客户异议），我马上告诉你该说什么。输入“帮助”了解更多。",
        "您好！告訴我正在發生什麼（客人投訴、要求打折、客戶已有供應商、客戶異議），我馬上告訴你該說什麼。輸入「幫助」了解更多。");

    public static LocalizedText Help { get; } = LocalizedText.Of(
        "Describe the situation in your own words, in English, Vietnamese or Chinese. At any time you can type: why, language, start over, cancel, or forget my data.",
        "Hãy mô tả tình huống bằng lời của bạn, bằng tiếng Việt, tiếng Anh hoặc tiếng Trung. Bất cứ lúc nào bạn cũng có thể gõ: tại sao, ngôn ngữ, bắt đầu lại, hủy, hoặc xóa dữ liệu của tôi.",
        "用你自己的话描述情况，中文、英文或越南语都可以。随时可以输入：为什么、语言、重新开始、取消，或删除我的数据。",
        "用你自己的話描述情況，中文、英文或越南語都可以。隨時可以輸入：為什麼、語言、重新開始、取消，或刪除我的資料。");

    public static LocalizedText NoAdvice { get; } = LocalizedText.Of(
        "I don't have advice for that yet. Tell me about a guest situation, a discount request, a prospect or an objection.",
        "Tôi chưa có lời khuyên cho trường hợp này. Hãy kể về một tình huống với khách, một yêu cầu giảm giá, một khách hàng tiềm năng hoặc một lời từ chối.",
        "这个我暂时没有建议。请告诉我客人的情况、打折要求、潜在客户或客户异议。",
        "這個我暫時沒有建議。請告訴我客人的情況、打折要求、潛在客戶或客戶異議。");

    public static LocalizedText SayNow { get; } = LocalizedText.Of("Say now: {0}", "Nói ngay: {0}", "现在就说：{0}", "現在就說：{0}");

    public static LocalizedText DoNow { get; } = LocalizedText.Of("Do now: {0}", "Làm ngay: {0}", "现在就做：{0}", "現在就做：{0}");

    public static LocalizedText AskNow { get; } = LocalizedText.Of("Ask: {0}", "Hỏi: {0}", "可以问：{0}", "可以問：{0}");

    public static LocalizedText SayHeading { get; } = LocalizedText.Of("Say now", "Nói ngay", "现在就说", "現在就說");

    public static LocalizedText AvoidHeading { get; } = LocalizedText.Of("Never say", "Tuyệt đối không nói", "千万别说", "千萬別說");

    public static LocalizedText StepsHeading { get; } = LocalizedText.Of("Do next", "Việc tiếp theo", "下一步", "下一步");

    public static LocalizedText EscalateHeading { get; } = LocalizedText.Of("When to escalate", "Khi nào báo cấp trên", "何时上报", "何時上報");

    public static LocalizedText EscalateLine { get; } = LocalizedText.Of("{0} Call: {1}, {2}.", "{0} Gọi: {1}, {2}.", "{0} 通知：{1}，{2}。", "{0} 通知：{1}，{2}。");

    public static LocalizedText QuestionsHeading { get; } = LocalizedText.Of("Questions to ask", "Câu hỏi nên đặt", "要问的问题", "要問的問題");

    public static LocalizedText TrapsHeading { get; } = LocalizedText.Of("Traps to avoid", "Bẫy cần tránh", "要避开的陷阱", "要避開的陷阱");

    public static LocalizedText PlanHeading { get; } = LocalizedText.Of("Plan", "Kế hoạch", "计划", "計劃");

    public static LocalizedText DutyManager { get; } = LocalizedText.Of("the duty manager", "quản lý ca", "值班经理", "值班經理");

    /// <summary>A roster person as the staffer reads them: "Minh (duty manager)", the role in their language.</summary>
    public static string Person(EscalationContact contact, ReplyLanguage language) =>
        Policy.StaffRoles.TryParse(contact.Role, out var role) ? PersonWithRole.Format(language, contact.Name, Role(role).For(language)) : contact.Name;

    private static LocalizedText PersonWithRole { get; } = LocalizedText.Of("{0} ({1})", "{0} ({1})", "{0}（{1}）", "{0}（{1}）");

    public static LocalizedText Role(Policy.StaffRole role) => role switch
    {
        Policy.StaffRole.Supervisor => LocalizedText.Of("supervisor", "giám sát", "主管", "主管"),
        Policy.StaffRole.Sales => LocalizedText.Of("sales", "kinh doanh", "销售", "銷售"),
        Policy.StaffRole.DutyManager => LocalizedText.Of("duty manager", "quản lý ca", "值班经理", "值班經理"),
        Policy.StaffRole.Trainer => LocalizedText.Of("trainer", "đào tạo", "培训师", "培訓師"),
        _ => LocalizedText.Of("front desk", "lễ tân", "前台", "前臺"),
    };

    public static LocalizedText Security { get; } = LocalizedText.Of("security", "bộ phận an ninh", "保安", "保安");

    public static LocalizedText Immediately { get; } = LocalizedText.Of("now", "ngay lập tức", "立即", "立即");

    public static LocalizedText Soon { get; } = LocalizedText.Of("soon", "sớm", "尽快", "盡快");

    public static LocalizedText Routine { get; } = LocalizedText.Of("when convenient", "khi thuận tiện", "方便时", "方便時");

    public static LocalizedText WhyButton { get; } = LocalizedText.Of("Why?", "Tại sao?", "为什么？", "為什麼？");

    public static LocalizedText CallManagerButton { get; } = LocalizedText.Of("Call the duty manager", "Gọi quản lý ca", "呼叫值班经理", "呼叫值班經理");

    public static LocalizedText CallSecurityButton { get; } = LocalizedText.Of("Call security", "Gọi an ninh", "呼叫保安", "呼叫保安");

    public static LocalizedText HelpfulButton { get; } = LocalizedText.Of("Helpful", "Hữu ích", "有帮助", "有幫助");

    public static LocalizedText NotHelpfulButton { get; } = LocalizedText.Of("Not helpful", "Không hữu ích", "没帮助", "沒幫助");

    public static LocalizedText AfterCallButton { get; } = LocalizedText.Of("After the call", "Sau cuộc gặp", "拜访之后", "拜訪之後");


    public static LocalizedText NothingToEscalate { get; } = LocalizedText.Of(
        "There's nothing to escalate yet: tell me what's happening first.",
        "Chưa có gì để báo cấp trên: hãy kể cho tôi chuyện đang xảy ra trước.",
        "目前没有需要上报的内容：请先告诉我发生了什么。",
        "目前沒有需要上報的內容：請先告訴我發生了什麼。");

    public static LocalizedText FeedbackThanks { get; } = LocalizedText.Of("Thanks, noted.", "Cảm ơn, đã ghi nhận.", "谢谢，已记录。", "謝謝，已記錄。");

    public static LocalizedText Forgotten { get; } = LocalizedText.Of(
        "OK: I'm deleting everything I keep about you (conversation state and saved call notes).",
        "Được rồi: tôi đang xóa mọi dữ liệu đã lưu về bạn (trạng thái hội thoại và ghi chú cuộc gặp đã lưu).",
        "好的：我正在删除保存的关于你的所有数据（对话状态和已保存的拜访记录）。",
        "好的：我正在刪除保存的關於你的所有資料（對話狀態和已保存的拜訪記錄）。");

    // "why?": the situation and the facts that made it so, in people's words ({0} the situation, {1} the reasons).
    public static LocalizedText ExplainBecause { get; } = LocalizedText.Of("{0}, because {1}.", "{0}, vì {1}.", "{0}，因为{1}。", "{0}，因為{1}。");

    public static LocalizedText ExplainSituation { get; } = LocalizedText.Of("{0}.", "{0}.", "{0}。", "{0}。");

    // Joins the reasons: "a, b and c".
    public static LocalizedText ExplainAnd { get; } = LocalizedText.Of(" and ", " và ", "，", "，");

    public static LocalizedText ExplainComma { get; } = LocalizedText.Of(", ", ", ", "，", "，");

    public static LocalizedText ExplainSourcesHeading { get; } = LocalizedText.Of("From the training documents", "Từ tài liệu đào tạo", "出自培训资料", "出自培訓資料");

    public static LocalizedText ExplainSource { get; } = LocalizedText.Of("{0}: {1}, {2}", "{0}: {1}, {2}", "{0}：{1}，{2}", "{0}：{1}，{2}");

    public static LocalizedText OwnSafetyPolicy { get; } = LocalizedText.Of(
        "CoachBot's own safety policy", "Chính sách an toàn của CoachBot", "CoachBot 自身的安全规定", "CoachBot 自身的安全規定");
}
