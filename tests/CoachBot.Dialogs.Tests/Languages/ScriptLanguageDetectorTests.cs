namespace CoachBot.Dialogs.Tests.Languages;

public class ScriptLanguageDetectorTests
{
    [Theory]
    [InlineData("khách phàn nàn về phòng", "vi")]
    [InlineData("đặt bàn", "vi")]
    [InlineData("客人说房间太吵", "zh")]
    [InlineData("客人說房間太吵", "zh-Hant")]
    public void Detect_ConclusiveLetters_ReturnsLanguage(string text, string expected) =>
        Assert.Equal(expected, ScriptLanguageDetector.Detect(text)?.Tag);

    [Theory]
    [InlineData("the guest is angry")]
    [InlineData("khach phan nan")]
    [InlineData("café")]
    [InlineData("42")]
    public void Detect_NoConclusiveLetters_ReturnsNull(string text) =>
        Assert.Null(ScriptLanguageDetector.Detect(text));

    [Fact]
    public void Detect_HanWithoutScriptClues_KeepsPreviousTraditional() =>
        Assert.Equal(ReplyLanguage.TraditionalChinese, ScriptLanguageDetector.Detect("小明", ReplyLanguage.TraditionalChinese));
}
