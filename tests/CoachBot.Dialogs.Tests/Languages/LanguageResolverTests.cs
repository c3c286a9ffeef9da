namespace CoachBot.Dialogs.Tests.Languages;

public class LanguageResolverTests
{
    private static readonly IncomingTurn Turn = new("c", "u");

    [Fact]
    public void Resolve_ExplicitChoice_WinsOverMessageAndLocale()
    {
        var (reply, _) = LanguageResolver.Resolve(Turn with { Text = "xin chào bạn", Locale = "zh-CN" }, DialogState.Empty with { Language = "en" });

        Assert.Equal(ReplyLanguage.English, reply);
    }

    [Fact]
    public void Resolve_DetectedLanguageFromHost_WinsOverLocale()
    {
        var (reply, message) = LanguageResolver.Resolve(Turn with { Text = "khach phan nan", DetectedLanguage = "vi", Locale = "en-US" }, DialogState.Empty);

        Assert.Equal(ReplyLanguage.Vietnamese, reply);
        Assert.Equal(ReplyLanguage.Vietnamese, message);
    }

    [Fact]
    public void Resolve_TraditionalCharacters_AnswersInTraditional()
    {
        var (reply, _) = LanguageResolver.Resolve(Turn with { Text = "客人說房間太吵", Locale = "en-US" }, DialogState.Empty);

        Assert.Equal(ReplyLanguage.TraditionalChinese, reply);
    }

    [Theory]
    [InlineData("好", "zh-Hant")]
    [InlineData("謝謝", "zh-Hant")]
    [InlineData("谢谢", "zh")]
    public void Resolve_ShortChineseAfterTraditional_KeepsTheScriptUnlessTheLettersSayOtherwise(string text, string expected)
    {
        // The host's detector says "zh" for any Chinese; the letters decide the script, and "好" has none of its own.
        var (reply, _) = LanguageResolver.Resolve(Turn with { Text = text, DetectedLanguage = "zh" }, DialogState.Empty with { MessageLanguage = "zh-Hant" });

        Assert.Equal(expected, reply.Tag);
    }

    [Fact]
    public void Resolve_MessageWithoutLanguageClues_KeepsLastMessageLanguageOverLocale()
    {
        var (reply, _) = LanguageResolver.Resolve(Turn with { Text = "2", Locale = "en-US" }, DialogState.Empty with { MessageLanguage = "vi" });

        Assert.Equal(ReplyLanguage.Vietnamese, reply);
    }

    [Theory]
    [InlineData("vi-VN", "vi")]
    [InlineData("zh-TW", "zh-Hant")]
    [InlineData("zh-Hant-HK", "zh-Hant")]
    [InlineData("zh-CN", "zh")]
    [InlineData("fr-FR", "en")]
    [InlineData(null, "en")]
    public void Resolve_OnlyLocale_UsesLocaleElseEnglish(string? locale, string expected)
    {
        var (reply, _) = LanguageResolver.Resolve(Turn with { Text = "ok", Locale = locale }, DialogState.Empty);

        Assert.Equal(expected, reply.Tag);
    }
}
