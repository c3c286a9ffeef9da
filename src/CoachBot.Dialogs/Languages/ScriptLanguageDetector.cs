using System.Text;

namespace CoachBot.Dialogs;

/// <summary>
/// Tells Chinese (and which script) and Vietnamese from the letters a message uses. It only answers when the
/// letters are conclusive: English and Vietnamese typed without diacritics give null.
/// </summary>
public static class ScriptLanguageDetector
{
    // Characters common in everyday messages whose simplified and traditional forms differ.
    private const string TraditionalOnly = "們個這來時說對會為麼嗎見還與買賣價錢檢應該讓處給問題經過開關學氣點樣頭電話從務員實體發現辦種隨擔產區總當無職館間報進邊舊將覺頁預訂換單雙層飯幫語請謝準確認識錯誤歡樂聽寫讀誰師裡廳廣東車門";
    private const string SimplifiedOnly = "们个这来时说对会为么吗见还与买卖价钱检应该让处给问题经过开关学气点样头电话从务员实体发现办种随担产区总当无职馆间报进边旧将觉页预订换单双层饭帮语请谢准确认识错误欢乐听写读谁师里厅广东车门";

    /// <summary>
    /// The language the letters of <paramref name="text"/> show, or null. Chinese without script-specific
    /// characters (a name, "好") keeps the script of <paramref name="previous"/> when that is Chinese.
    /// </summary>
    public static ReplyLanguage? Detect(string? text, ReplyLanguage? previous = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        int han = 0, traditional = 0, simplified = 0;
        foreach (var c in text)
        {
            if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF')
            {
                han++;
                traditional += TraditionalOnly.Contains(c, StringComparison.Ordinal) ? 1 : 0;
                simplified += SimplifiedOnly.Contains(c, StringComparison.Ordinal) ? 1 : 0;
            }
        }

        if (han > 0)
        {
            return traditional == simplified && previous is { Code: "zh" } ? previous
                : traditional > simplified ? ReplyLanguage.TraditionalChinese
                : ReplyLanguage.Chinese;
        }

        return LooksVietnamese(text) ? ReplyLanguage.Vietnamese : null;
    }

    private static bool LooksVietnamese(string text)
    {
        var marked = 0;
        foreach (var c in UnicodeText.Normalize(text, NormalizationForm.FormD))
        {
            switch (c)
            {
                // đ, hook above, dot below, horn, breve: Vietnamese rather than French or Spanish.
                case 'đ' or 'Đ' or '\u0309' or '\u0323' or '\u031B' or '\u0306':
                    return true;
                case '\u0300' or '\u0301' or '\u0302' or '\u0303':
                    marked++;
                    break;
                default:
                    break;
            }
        }

        // Two or more plain accents ("có khách") without the marks above still read as Vietnamese.
        return marked >= 2;
    }
}
