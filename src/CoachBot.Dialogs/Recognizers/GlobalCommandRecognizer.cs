namespace CoachBot.Dialogs;

/// <summary>
/// Recognises a global command in English, Vietnamese (with or without diacritics) or Chinese (both scripts),
/// only when it is the whole message: "why?" is a command, "why is the guest angry" is not.
/// </summary>
public static class GlobalCommandRecognizer
{
    // Folded forms (see TextFolding), so "hủy" and "huy" share one entry. Words that also answer a
    // confirm prompt ("thôi", "算了") are left out on purpose: the prompt must still see them.
    private static readonly Dictionary<string, GlobalCommand> Commands = Build(
        (GlobalCommand.Help, ["help", "help me", "menu", "tro giup", "giup", "giup do", "huong dan", "帮助", "幫助", "帮忙", "幫忙", "求助"]),
        (GlobalCommand.Cancel, ["cancel", "stop", "quit", "exit", "abort", "huy", "huy bo", "thoat", "取消", "退出", "停止"]),
        (GlobalCommand.StartOver, ["start over", "restart", "reset", "start again", "bat dau lai", "lam lai", "重新开始", "重新開始", "重来", "重來"]),
        (GlobalCommand.Language, ["language", "languages", "change language", "ngon ngu", "doi ngon ngu", "chon ngon ngu", "语言", "語言", "切换语言", "切換語言", "更改语言", "更改語言"]),
        (GlobalCommand.Why, ["why", "tai sao", "vi sao", "sao vay", "为什么", "為什麼", "为何", "為何"]));

    /// <summary>The command <paramref name="text"/> is, or null.</summary>
    public static GlobalCommand? Recognize(string? text)
    {
        var folded = TextFolding.FoldForMatch(text).TrimStart('/');
        return Commands.TryGetValue(folded, out var command) ? command : null;
    }

    private static Dictionary<string, GlobalCommand> Build(params (GlobalCommand Command, string[] Words)[] entries)
    {
        var commands = new Dictionary<string, GlobalCommand>(StringComparer.OrdinalIgnoreCase);
        foreach (var (command, words) in entries)
        {
            foreach (var word in words)
            {
                commands.Add(word, command);
            }
        }

        return commands;
    }
}
