using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>Recognises "forget my data" in English, Vietnamese (with or without diacritics) and Chinese, as the whole message.</summary>
internal static class ForgetCommand
{
    private static readonly HashSet<string> Phrases = new(StringComparer.OrdinalIgnoreCase)
    {
        "forget my data", "forget me", "delete my data", "erase my data", "forget my data please",
        "xoa du lieu cua toi", "quen du lieu cua toi", "xoa du lieu", "hay quen toi", "quen toi di",
        "删除我的数据", "忘记我的数据", "忘记我", "删除我的资料",
        "刪除我的資料", "忘記我的資料", "忘記我", "刪除我的數據",
    };

    public static bool Matches(string? text) => Phrases.Contains(TextFolding.FoldForMatch(text));
}
