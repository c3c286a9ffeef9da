using CoachBot.Dialogs;

namespace CoachBot.Turns;

/// <summary>The honest answer when the bot's own code failed on a turn: nothing happened, try again.</summary>
internal static class TurnFailedReply
{
    private static readonly LocalizedText Text = LocalizedText.Of(
        "Sorry, something went wrong on my side, so I couldn't handle that. Please try again.",
        "Xin lỗi, đã có lỗi từ phía tôi nên chưa xử lý được. Vui lòng thử lại.",
        "抱歉，我这边出了问题，没能处理这条消息。请再试一次。",
        "抱歉，我這邊出了問題，沒能處理這則訊息。請再試一次。");

    public static Reply For(string? locale) => Reply.Say(Text.For(ReplyLanguage.FromTag(locale) ?? ReplyLanguage.English));
}
