namespace CoachBot.Tests.Coaching.Support;

/// <summary>
/// What a user reads on the bot's cards in one language: the buttons under advice and the section headings.
/// Keys: en, vi, zh (simplified) and zh-Hant (traditional).
/// </summary>
public sealed record Ui(
    string Why,
    string CallManager,
    string CallSecurity,
    string More,
    string AfterCall,
    string SayNow,
    string NeverSay,
    string DoNext,
    string WhenToEscalate,
    string Figures,
    string Questions,
    string Traps,
    string Plan)
{
    public static readonly Ui English = new(
        "Why?", "Call the duty manager", "Call security", "More", "After the call",
        "Say now", "Never say", "Do next", "When to escalate", "Your figures", "Questions to ask", "Traps to avoid", "Plan");

    public static readonly Ui Vietnamese = new(
        "Tại sao?", "Gọi quản lý ca", "Gọi an ninh", "Xem thêm", "Sau cuộc gặp",
        "Nói ngay", "Tuyệt đối không nói", "Việc tiếp theo", "Khi nào báo cấp trên", "Con số của bạn", "Câu hỏi nên đặt", "Bẫy cần tránh", "Kế hoạch");

    public static readonly Ui Chinese = new(
        "为什么？", "呼叫值班经理", "呼叫保安", "更多", "拜访之后",
        "现在就说", "千万别说", "下一步", "何时上报", "你的数字", "要问的问题", "要避开的陷阱", "计划");

    public static readonly Ui TraditionalChinese = new(
        "為什麼？", "呼叫值班經理", "呼叫保安", "更多", "拜訪之後",
        "現在就說", "千萬別說", "下一步", "何時上報", "你的數字", "要問的問題", "要避開的陷阱", "計畫");

    /// <summary>The first line of advice starts with the "say now" heading and a colon (full-width in Chinese).</summary>
    public string SayNowPrefix => this == English || this == Vietnamese ? $"{SayNow}:" : $"{SayNow}：";

    /// <summary>The buttons every advice card ends with: Why? and More (feedback is Teams' own thumbs).</summary>
    public IReadOnlyList<string> AdviceButtons => [Why, More];

    /// <summary>The advice buttons with "call the duty manager" before them (refinements, when any, come first).</summary>
    public IReadOnlyList<string> EscalatingButtons => [CallManager, Why, More];

    public static Ui For(string language) => language switch
    {
        "en" => English,
        "vi" or "vi-plain" => Vietnamese,
        "zh" => Chinese,
        "zh-Hant" => TraditionalChinese,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "en, vi, vi-plain, zh or zh-Hant"),
    };
}
