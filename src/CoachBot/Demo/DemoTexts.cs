using CoachBot.Dialogs;

namespace CoachBot.Demo;

/// <summary>The demo dialog's texts in English, Vietnamese, simplified and traditional Chinese.</summary>
internal static class DemoTexts
{
    public static readonly LocalizedText AskName = LocalizedText.Of(
        "Hi! What's your name?", "Chào bạn! Bạn tên là gì?", "你好！请问你叫什么名字？", "你好！請問你叫什麼名字？");

    public static readonly LocalizedText AskNameAgain = LocalizedText.Of(
        "Please type your name (up to 60 characters).", "Vui lòng nhập tên của bạn (tối đa 60 ký tự).", "请输入你的名字（最多60个字符）。", "請輸入你的名字（最多60個字元）。");

    public static readonly LocalizedText AskTeam = LocalizedText.Of(
        "Which team are you on?", "Bạn làm ở bộ phận nào?", "你在哪个部门？", "你在哪個部門？");

    public static readonly LocalizedText Confirm = LocalizedText.Of(
        "So you are {0} from {1}. Is that right?", "Vậy bạn là {0}, bộ phận {1}. Đúng không?", "你是{1}的{0}，对吗？", "你是{1}的{0}，對嗎？");

    public static readonly LocalizedText Done = LocalizedText.Of(
        "Great, {0}! You're all set. Type help to see what I can do.", "Tuyệt, {0}! Xong rồi. Gõ \"trợ giúp\" để xem tôi làm được gì.", "好的，{0}！设置完成。输入“帮助”查看我能做什么。", "好的，{0}！設定完成。輸入「幫助」查看我能做什麼。");

    public static readonly LocalizedText Again = LocalizedText.Of(
        "No problem, let's start again.", "Không sao, mình làm lại nhé.", "没关系，我们重新开始。", "沒關係，我們重新開始。");

    public static readonly LocalizedText GiveUp = LocalizedText.Of(
        "Let's leave it there for now. Send any message to start again.", "Tạm dừng ở đây nhé. Gửi tin bất kỳ để bắt đầu lại.", "先到这里。发送任意消息重新开始。", "先到這裡。發送任意訊息重新開始。");

    public static readonly IReadOnlyList<(LocalizedText Title, string Value)> Teams =
    [
        (LocalizedText.Of("Front desk", "Lễ tân", "前台", "前台"), "front_desk"),
        (LocalizedText.Of("Sales", "Kinh doanh", "销售", "銷售"), "sales"),
        (LocalizedText.Of("Food & beverage", "Nhà hàng", "餐饮", "餐飲"), "food_beverage"),
    ];
}
