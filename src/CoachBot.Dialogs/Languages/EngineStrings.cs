namespace CoachBot.Dialogs;

/// <summary>The engine's own words, in every reply language. Apps supply their own texts for everything else.</summary>
public static class EngineStrings
{
    /// <summary>Default re-prompt of a choice prompt.</summary>
    public static LocalizedText PickOneOfTheOptions { get; } = LocalizedText.Of(
        "Please pick one of the options.", "Vui lòng chọn một trong các lựa chọn.", "请从选项中选择一个。", "請從選項中選擇一個。");

    /// <summary>Default re-prompt of a confirm prompt.</summary>
    public static LocalizedText AnswerYesOrNo { get; } = LocalizedText.Of(
        "Please answer yes or no.", "Vui lòng trả lời có hoặc không.", "请回答是或否。", "請回答是或否。");

    /// <summary>Default re-prompt of a number prompt without limits.</summary>
    public static LocalizedText TypeANumber { get; } = LocalizedText.Of(
        "Please type a number.", "Vui lòng nhập một con số.", "请输入一个数字。", "請輸入一個數字。");

    /// <summary>Default re-prompt of a number prompt with both limits: {0} minimum, {1} maximum.</summary>
    public static LocalizedText TypeANumberBetween { get; } = LocalizedText.Of(
        "Please type a number from {0} to {1}.", "Vui lòng nhập một số từ {0} đến {1}.", "请输入 {0} 到 {1} 之间的数字。", "請輸入 {0} 到 {1} 之間的數字。");

    /// <summary>Default re-prompt of a number prompt with a minimum: {0}.</summary>
    public static LocalizedText TypeANumberAtLeast { get; } = LocalizedText.Of(
        "Please type a number of at least {0}.", "Vui lòng nhập một số không nhỏ hơn {0}.", "请输入不小于 {0} 的数字。", "請輸入不小於 {0} 的數字。");

    /// <summary>Default re-prompt of a number prompt with a maximum: {0}.</summary>
    public static LocalizedText TypeANumberAtMost { get; } = LocalizedText.Of(
        "Please type a number of at most {0}.", "Vui lòng nhập một số không lớn hơn {0}.", "请输入不大于 {0} 的数字。", "請輸入不大於 {0} 的數字。");

    /// <summary>What a parent can say when a prompt ended with too many tries.</summary>
    public static LocalizedText TooManyAttempts { get; } = LocalizedText.Of(
        "Sorry, I still didn't get that, so let's stop here. Type help to see what I can do.",
        "Xin lỗi, tôi vẫn chưa hiểu, nên mình dừng ở đây nhé. Gõ \"trợ giúp\" để xem tôi có thể làm gì.",
        "抱歉，我还是没听懂，我们先到这里。输入“帮助”查看我能做什么。",
        "抱歉，我還是沒聽懂，我們先到這裡。輸入「幫助」查看我能做什麼。");

    /// <summary>Reply to "cancel".</summary>
    public static LocalizedText Cancelled { get; } = LocalizedText.Of(
        "OK, I've cancelled that. Type help to see what I can do.",
        "Được rồi, tôi đã hủy. Gõ \"trợ giúp\" để xem tôi có thể làm gì.",
        "好的，已取消。输入“帮助”查看我能做什么。",
        "好的，已取消。輸入「幫助」查看我能做什麼。");

    /// <summary>Reply to "start over", before the root dialog begins again.</summary>
    public static LocalizedText StartingOver { get; } = LocalizedText.Of(
        "OK, let's start over.", "Được rồi, mình bắt đầu lại nhé.", "好的，我们重新开始。", "好的，我們重新開始。");

    /// <summary>The language question.</summary>
    public static LocalizedText ChooseLanguage { get; } = LocalizedText.Of(
        "Which language would you like me to use?", "Bạn muốn tôi dùng ngôn ngữ nào?", "您希望我使用哪种语言？", "您希望我使用哪種語言？");

    /// <summary>Confirmation of a language choice, read in the chosen language.</summary>
    public static LocalizedText LanguageChanged { get; } = LocalizedText.Of(
        "OK, I'll answer in English.", "Được rồi, tôi sẽ trả lời bằng tiếng Việt.", "好的，我会用简体中文回答。", "好的，我會用繁體中文回答。");

    /// <summary>Reply to "why" when the app has nothing to explain.</summary>
    public static LocalizedText NothingToExplain { get; } = LocalizedText.Of(
        "There's nothing to explain yet: tell me about a situation first.",
        "Chưa có gì để giải thích: bạn hãy kể cho tôi về một tình huống trước nhé.",
        "目前还没有可以解释的内容：请先告诉我一个情况。",
        "目前還沒有可以解釋的內容：請先告訴我一個情況。");

    /// <summary>Default reply to "help".</summary>
    public static LocalizedText Help { get; } = LocalizedText.Of(
        "You can type help, cancel, start over, language or why at any time.",
        "Bạn có thể gõ trợ giúp, hủy, bắt đầu lại, ngôn ngữ hoặc tại sao bất cứ lúc nào.",
        "您可以随时输入：帮助、取消、重新开始、语言、为什么。",
        "您可以隨時輸入：幫助、取消、重新開始、語言、為什麼。");

    /// <summary>Default welcome.</summary>
    public static LocalizedText Welcome { get; } = LocalizedText.Of(
        "Hi! I'm here to help. Type help to see what I can do.",
        "Xin chào! Tôi ở đây để giúp bạn. Gõ \"trợ giúp\" để xem tôi có thể làm gì.",
        "您好！我可以帮助您。输入“帮助”查看我能做什么。",
        "您好！我可以幫助您。輸入「幫助」查看我能做什麼。");

    /// <summary>The yes button.</summary>
    public static LocalizedText Yes { get; } = LocalizedText.Of("Yes", "Có", "是", "是");

    /// <summary>The no button.</summary>
    public static LocalizedText No { get; } = LocalizedText.Of("No", "Không", "否", "否");

    /// <summary>The start-over button of the default help.</summary>
    public static LocalizedText StartOverButton { get; } = LocalizedText.Of("Start over", "Bắt đầu lại", "重新开始", "重新開始");

    /// <summary>The language button of the default help.</summary>
    public static LocalizedText LanguageButton { get; } = LocalizedText.Of("Language", "Ngôn ngữ", "语言", "語言");

    /// <summary>The cancel button of the default help.</summary>
    public static LocalizedText CancelButton { get; } = LocalizedText.Of("Cancel", "Hủy", "取消", "取消");
}
