namespace CoachBot.Dialogs.Tests.Recognizers;

public class ConfirmRecognizerTests
{
    [Theory]
    [InlineData("yes")]
    [InlineData("Y")]
    [InlineData("yeah")]
    [InlineData("sure")]
    [InlineData("OK!")]
    [InlineData("có")]
    [InlineData("co")]
    [InlineData("vâng")]
    [InlineData("vang")]
    [InlineData("ừ")]
    [InlineData("đồng ý")]
    [InlineData("dong y")]
    [InlineData("được")]
    [InlineData("duoc")]
    [InlineData("是")]
    [InlineData("是的")]
    [InlineData("好")]
    [InlineData("好的。")]
    [InlineData("对")]
    [InlineData("對")]
    [InlineData("可以")]
    [InlineData("行")]
    public void Recognize_Yes_ReturnsTrue(string text) => Assert.True(ConfirmRecognizer.Recognize(text));

    [Theory]
    [InlineData("no")]
    [InlineData("N")]
    [InlineData("nope")]
    [InlineData("không")]
    [InlineData("khong")]
    [InlineData("ko")]
    [InlineData("thôi")]
    [InlineData("不")]
    [InlineData("不是")]
    [InlineData("否")]
    [InlineData("不要")]
    [InlineData("没有")]
    [InlineData("沒有")]
    [InlineData("算了")]
    public void Recognize_No_ReturnsFalse(string text) => Assert.False(ConfirmRecognizer.Recognize(text));

    [Theory]
    [InlineData("no problem")]
    [InlineData("maybe")]
    [InlineData("không sao")]
    [InlineData("")]
    public void Recognize_Neither_ReturnsNull(string text) => Assert.Null(ConfirmRecognizer.Recognize(text));
}
