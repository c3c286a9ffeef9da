using CoachBot.Dialogs;

namespace CoachBot.Turns;

/// <summary>The honest answer when the bot cannot reach its memory.</summary>
internal static class StoreDownReply
{
    private static readonly LocalizedText Text = LocalizedText.Of(
        "Sorry, I can't reach my memory right now, so I couldn't handle that. Please try again in a moment.",
        "Xin lỗi, hiện tôi không truy cập được bộ nhớ nên chưa xử lý được. Vui lòng thử lại sau giây lát.",
        "抱歉，我暂时无法访问存储，没能处理这条消息。请稍后再试。",
        "抱歉，我暫時無法存取儲存，沒能處理這則訊息。請稍後再試。");

    public static Reply For(string? locale) => Reply.Say(Text.For(ReplyLanguage.FromTag(locale) ?? ReplyLanguage.English));
}
