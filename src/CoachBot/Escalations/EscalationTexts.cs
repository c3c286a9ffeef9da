using CoachBot.Dialogs;

namespace CoachBot.Escalations;

/// <summary>What the bot says around escalations, in English, Vietnamese and Chinese.</summary>
internal static class EscalationTexts
{
    public static readonly LocalizedText DeskSet = LocalizedText.Of(
        "Done: escalations to the duty manager will be posted here.",
        "Xong: các yêu cầu hỗ trợ gửi quản lý ca sẽ được đăng ở đây.",
        "好的：呼叫值班经理的请求将发送到这里。",
        "好的：呼叫值班經理的請求將發送到這裡。");

    public static readonly LocalizedText ManagersOnly = LocalizedText.Of(
        "Only a duty manager or supervisor can do that.",
        "Chỉ quản lý ca hoặc giám sát mới làm được việc này.",
        "只有值班经理或主管可以这样做。",
        "只有值班經理或主管可以這樣做。");

    // The staffer's one status once the card reached the desk ({0}: who is on duty); said only when it is true.
    public static readonly LocalizedText SentToManager = LocalizedText.Of(
        "Calling {0} now: the duty desk has your escalation. Stay with the guest; I'll tell you here as soon as a manager acknowledges.",
        "Đang gọi {0}: kênh trực đã nhận yêu cầu. Anh/chị ở lại với khách nhé; quản lý xác nhận là em báo ngay tại đây.",
        "正在呼叫{0}：值班频道已收到你的请求。请留在客人身边，经理一确认，我会马上在这里告诉你。",
        "正在呼叫{0}：值班頻道已收到你的請求。請留在客人身邊，主管一確認，我會馬上在這裡告訴你。");

    public static readonly LocalizedText NoDesk = LocalizedText.Of(
        "No duty desk is registered yet, so I could not alert anyone. Phone {0} now. (A manager can type \"set duty desk here\" in their channel.)",
        "Chưa có kênh trực nào được đăng ký nên em chưa báo được ai. Anh/chị gọi điện ngay cho {0} nhé. (Quản lý gõ \"set duty desk here\" trong kênh của họ.)",
        "还没有登记值班频道，我无法通知任何人。请立即打电话给{0}。（经理可在其频道输入 \"set duty desk here\"。）",
        "還沒有登記值班頻道，我無法通知任何人。請立即打電話給{0}。（主管可在其頻道輸入 \"set duty desk here\"。）");

    public static readonly LocalizedText Acknowledged = LocalizedText.Of(
        "{0} acknowledged your escalation and is on the way.",
        "{0} đã xác nhận yêu cầu của bạn và đang tới.",
        "{0} 已确认你的请求，正在赶来。",
        "{0} 已確認你的請求，正在趕來。");

    public static readonly LocalizedText AckConfirmed = LocalizedText.Of(
        "Acknowledged by {0}. The staffer has been told.",
        "{0} đã xác nhận. Nhân viên đã được báo.",
        "{0} 已确认，已通知员工。",
        "{0} 已確認，已通知員工。");

    public static readonly LocalizedText AlreadyAcknowledged = LocalizedText.Of(
        "This escalation was already acknowledged by {0}.",
        "Yêu cầu này đã được {0} xác nhận.",
        "此请求已由 {0} 确认。",
        "此請求已由 {0} 確認。");

    public static readonly LocalizedText DeliveryFailed = LocalizedText.Of(
        "I could not reach the duty desk. Phone {0} now.",
        "Em không gửi được tới kênh trực. Anh/chị gọi điện ngay cho {0} nhé.",
        "我无法联系值班频道。请立即打电话给{0}。",
        "我無法聯繫值班頻道。請立即打電話給{0}。");

    public static readonly LocalizedText NobodyAcknowledged = LocalizedText.Of(
        "Nobody has acknowledged yet — phone the duty manager now.",
        "Vẫn chưa có ai xác nhận — hãy gọi điện cho quản lý ca ngay.",
        "仍然没有人确认——请立即打电话给值班经理。",
        "仍然沒有人確認——請立即打電話給值班經理。");

    public static readonly LocalizedText SentToSecurity = LocalizedText.Of(
        "Calling security through the duty desk now: they have your call. Stay with the guest; I'll tell you here as soon as someone acknowledges.",
        "Đang gọi an ninh qua kênh trực: kênh trực đã nhận yêu cầu. Anh/chị ở lại với khách nhé; có người xác nhận là em báo ngay tại đây.",
        "正在通过值班频道呼叫保安：值班频道已收到。请留在客人身边，一有人确认，我会马上在这里告诉你。",
        "正在透過值班頻道呼叫保全：值班頻道已收到。請留在客人身邊，一有人確認，我會馬上在這裡告訴你。");

    public static readonly LocalizedText NoDeskForSecurity = LocalizedText.Of(
        "No duty desk is registered yet, so I could not alert anyone. Call security by phone now. (A manager can type \"set duty desk here\" in their channel.)",
        "Chưa có kênh trực nào được đăng ký nên tôi chưa báo được ai. Hãy gọi điện cho bộ phận an ninh ngay. (Quản lý gõ \"set duty desk here\" trong kênh của họ.)",
        "还没有登记值班频道，我无法通知任何人。请立即打电话给保安。（经理可在其频道输入 \"set duty desk here\"。）",
        "還沒有登記值班頻道，我無法通知任何人。請立即打電話給保安。（經理可在其頻道輸入 \"set duty desk here\"。）");

    public static readonly LocalizedText DeliveryFailedForSecurity = LocalizedText.Of(
        "I could not reach the duty desk. Call security by phone now.",
        "Tôi không gửi được tới kênh trực. Hãy gọi điện cho bộ phận an ninh ngay.",
        "我无法联系值班频道。请立即打电话给保安。",
        "我無法聯繫值班頻道。請立即打電話給保安。");

    public static readonly LocalizedText NobodyAcknowledgedForSecurity = LocalizedText.Of(
        "Nobody has acknowledged yet — phone security now.",
        "Vẫn chưa có ai xác nhận — hãy gọi điện cho bộ phận an ninh ngay.",
        "仍然没有人确认——请立即打电话给保安。",
        "仍然沒有人確認——請立即打電話給保安。");

    /// <summary>The note that the desk has the escalation, naming whom the staffer called.</summary>
    /// <summary>Whom to phone or who is being called: the first person on duty from the roster, else "the duty manager".</summary>
    public static string Who(EscalationFacts facts, ReplyLanguage language) =>
        facts.Roster.Count > 0 ? EscalationCard.Person(facts.Roster[0], language) : TheDutyManager.For(language);

    public static readonly LocalizedText TheDutyManager = LocalizedText.Of("the duty manager", "quản lý ca", "值班经理", "值班主管");

    public static LocalizedText Sent(EscalationFacts facts) => facts.ForSecurity ? SentToSecurity : SentToManager;

    /// <summary>No desk to alert: phone whom the staffer called.</summary>
    public static LocalizedText NoDeskFor(EscalationFacts facts) => facts.ForSecurity ? NoDeskForSecurity : NoDesk;

    /// <summary>The desk cannot be reached: phone whom the staffer called.</summary>
    public static LocalizedText DeliveryFailedFor(EscalationFacts facts) => facts.ForSecurity ? DeliveryFailedForSecurity : DeliveryFailed;

    /// <summary>Nobody acknowledged in time: phone whom the staffer called.</summary>
    public static LocalizedText NobodyAcknowledgedFor(EscalationFacts facts) => facts.ForSecurity ? NobodyAcknowledgedForSecurity : NobodyAcknowledged;

    /// <summary>
    /// The language "set duty desk here" was typed in, or null when the message is not that command (the whole
    /// message must be the command, so a sentence that merely contains it is coaching, not a command).
    /// </summary>
    public static ReplyLanguage? SetDutyDeskLanguage(string? text) => text?.Trim().TrimEnd('.', '!', '。').ToUpperInvariant() switch
    {
        "SET DUTY DESK HERE" => ReplyLanguage.English,
        "ĐẶT BÀN TRỰC Ở ĐÂY" or "DAT BAN TRUC O DAY" => ReplyLanguage.Vietnamese,
        "设为值班台" => ReplyLanguage.Chinese,
        "設為值班台" => ReplyLanguage.TraditionalChinese,
        _ => null,
    };
}
