namespace CoachBot.Dialogs.Tests.Recognizers;

public class TextFoldingTests
{
    [Theory]
    [InlineData("Đồng ý", "Dong y")]
    [InlineData("đường", "duong")]
    [InlineData("Tiếng  Việt", "Tieng Viet")]
    [InlineData("ｈｅｌｌｏ", "hello")]
    [InlineData("繁體中文", "繁體中文")]
    public void Fold_VietnameseFullWidthAndChinese_StripsMarksKeepsLetters(string text, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(text));

    [Fact]
    public void FoldForMatch_TrailingPunctuation_IsRemoved() =>
        Assert.Equal("Co", TextFolding.FoldForMatch(" Có!! "));
}
