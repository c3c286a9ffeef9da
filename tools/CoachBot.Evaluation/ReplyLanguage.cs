namespace CoachBot.Evaluation;

/// <summary>
/// Tells the language and script a reply is written in from its characters: Chinese when it has Han characters
/// (traditional when characters that exist only in traditional outnumber those only in simplified; either script
/// when none tells them apart), Vietnamese
/// when it has Vietnamese letters, English otherwise. The bot writes Vietnamese with diacritics, so a reply in
/// Vietnamese always shows them.
/// </summary>
public static class ReplyLanguage
{
    /// <summary>
    /// The prefixes of the advice line a first screen's line starts with, per language: "Say now"; "Ask", the Wedge's
    /// Say-now (the discovery question the rep says to the prospect); or "Do now", which takes the same slot when the
    /// advice is the user's own action rather than words for a guest.
    /// </summary>
    public static readonly IReadOnlyList<(string Language, string Prefix)> SayNowPrefixes =
    [
        ("en", "Say now:"),
        ("en", "Do now:"),
        ("en", "Ask:"),
        ("vi", "Hỏi:"),
        ("zh", "可以问："),
        ("zh-Hant", "可以問："),
        ("vi", "Nói ngay:"),
        ("vi", "Làm ngay:"),
        ("zh", "现在就说："),
        ("zh", "现在就说:"),
        ("zh", "现在就做："),
        ("zh", "现在就做:"),
        ("zh-Hant", "現在就說："),
        ("zh-Hant", "現在就說:"),
        ("zh-Hant", "現在就做："),
        ("zh-Hant", "現在就做:"),
    ];

    // Common characters written differently in the two scripts, each in one list only (台, 里, 后, 干 left out: Taiwan writes them too).
    private const string SimplifiedOnly = "东个为么书买云从们价会偿关写决况净凉减几击创办务动劳势区医华协单卖卫厅历压县参双发变叶号叹吗听员响团园围图场坏块坚声处备复头夹夺奖妇妈孙学宁宝实审宫宽对导寿将尔层岁岛币师帐带帮广庆库应废开异弃张弹强归当录态总恋恶惊惯战户执扩扫扰护报担拥择挂挡损换据摄数断无旧时显晓暂术机杀杂权条来杨极构标样档桥检欢欧残毕气汇汉汤沟没泪洁浅测济浓润涨渐温湾滚满灯灵灾炉点烦热爱爷牵状独猎环现电画畅疗疯监盘着礼离种积称笔签简类粮紧红约级纪纸线练组细织终绍经结给绝统继绩续维网罗罚职联肤胜脑脚脸节范药获营虽补装见规视览觉计订认讨让训议记讲许论设访证评识诉词试话询该详语误说请诸读谁调谈谢贝负责败货质购贴费资赏赔赛赶趋跃践车转轮软轻较辅输边达迁过运还这进远违连迟适选递遗邮邻酱释针钟钱铁银铺链销锁锅错键镜长门闪闭问闲间闹闻阅队阶际陆陈险随难顺须顾预领频题额风飞饭饮饰饱馆馈马驶驾骂验鱼鸟鸡麦黄齐龙";
    private const string TraditionalOnly = "來個們備價償創動務勝勞勢匯區協參員問單嗎嘆圍園圖團執堅報場塊壓壞壽夾奪婦媽孫學宮實寧審寫寬寶將對導層島師帳帶幣幫幾庫廢廣廳張強彈從復惡愛態慣慶應戀戰戶掃掛換損擁擇擊擋擔據擴擾攝敗數斷時暢暫曉書會東條棄楊極構標樣橋機檔檢權歐歡歲歷歸殘殺氣決沒況涼淚淨淺減測湯溝溫滾滿漢漲漸潔潤濃濟灣災為無煩熱燈營爐爺爾牽狀獎獨獲獵現環畢畫異當瘋療發監盤禮種稱積筆節範簡簽糧紀約紅紙級細紹終組結絕給統經維網緊線練縣總績織繼續罰罵羅聞聯聲職聽腦腳膚臉舊華葉著藥處號術衛補裝見規視覺覽訂計討訓記訪設許訴評詞詢試話該詳認語誤說誰調談請論諸講謝證識議護讀變讓貝負貨責買費貼資賞賠賣質購賽趕趨踐躍車軟較輔輕輪輸轉辦這連進運過達違遞遠適遲遷選遺還邊郵鄰醫醬釋針銀銷鋪錄錢錯鍋鍵鎖鏈鏡鐘鐵長門閃閉開閒間閱關陳陸隊階際隨險雖雙雜雞離難雲電靈響順須預領頭頻題額類顧顯風飛飯飲飽飾館饋馬駕駛驗驚鬧魚鳥麥麼黃點齊龍";
    private const string VietnameseLetters = "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýĂÂĐÊÔƠƯ";

    /// <summary>The language of <paramref name="prefixedLine"/>'s Say-now prefix, or null.</summary>
    public static string? OfSayNow(string prefixedLine)
    {
        ArgumentNullException.ThrowIfNull(prefixedLine);
        var line = prefixedLine.TrimStart('*', '_', ' ', '\t');
        return SayNowPrefixes.FirstOrDefault(p => line.StartsWith(p.Prefix, StringComparison.Ordinal)).Language;
    }

    /// <summary>Chinese without a character that tells the scripts apart: right for a simplified and a traditional reader.</summary>
    public const string Either = "zh (either script)";

    /// <summary>Whether a reply detected as <paramref name="detected"/> suits a reader of <paramref name="language"/>.</summary>
    public static bool Suits(string detected, string language) =>
        detected == language || detected == "none" || (detected == Either && language.StartsWith("zh", StringComparison.Ordinal));

    /// <summary>en, vi, zh, zh-Hant or <see cref="Either"/>; "none" for text with no letters.</summary>
    public static string Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int han = 0, simplified = 0, traditional = 0, vietnamese = 0, latin = 0;
        foreach (var c in text)
        {
            if (c is >= '\u4e00' and <= '\u9fff')
            {
                han++;
                simplified += SimplifiedOnly.Contains(c, StringComparison.Ordinal) ? 1 : 0;
                traditional += TraditionalOnly.Contains(c, StringComparison.Ordinal) ? 1 : 0;
            }
            else if (VietnameseLetters.Contains(char.ToLowerInvariant(c), StringComparison.Ordinal) || VietnameseLetters.Contains(c, StringComparison.Ordinal))
            {
                vietnamese++;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
            }
        }

        if (han > 0 && han * 4 >= latin)
        {
            return traditional > simplified ? "zh-Hant" : simplified > traditional ? "zh" : Either;
        }

        return vietnamese >= 2 ? "vi" : latin > 0 ? "en" : "none";
    }
}
