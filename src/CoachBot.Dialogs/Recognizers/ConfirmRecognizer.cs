namespace CoachBot.Dialogs;

/// <summary>
/// Reads yes or no in English, Vietnamese (with or without diacritics) and Chinese (both scripts). Only whole
/// answers count: "no problem" is neither, so it is asked again rather than read as a refusal.
/// </summary>
public static class ConfirmRecognizer
{
    // Folded forms (see TextFolding): "có" is "co", "ừ" is "u", "đồng ý" is "dong y".
    private static readonly HashSet<string> Yes = new(StringComparer.OrdinalIgnoreCase)
    {
        "yes", "y", "yeah", "yep", "yup", "sure", "ok", "okay", "of course", "correct", "true", "yes please",
        "co", "vang", "u", "da", "dong y", "duoc", "phai", "co a", "vang a", "da vang", "ok luon",
        "是", "是的", "好", "好的", "对", "對", "对的", "對的", "可以", "行", "嗯", "要", "没问题", "沒問題",
    };

    private static readonly HashSet<string> No = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "n", "nope", "nah", "not now", "false", "no thanks",
        "khong", "ko", "k", "kg", "thoi", "khong phai", "khong can", "chua", "khong a",
        "不", "不是", "否", "不要", "没有", "沒有", "算了", "不用", "不行", "不对", "不對", "不可以",
    };

    /// <summary>True for yes, false for no, null when <paramref name="text"/> is neither.</summary>
    public static bool? Recognize(string? text)
    {
        var folded = TextFolding.FoldForMatch(text);
        if (Yes.Contains(folded))
        {
            return true;
        }

        return No.Contains(folded) ? false : null;
    }
}
