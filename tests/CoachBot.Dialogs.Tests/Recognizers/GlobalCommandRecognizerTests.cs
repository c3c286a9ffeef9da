using CoachBot.Dialogs.Tests.Support;

namespace CoachBot.Dialogs.Tests.Recognizers;

public class GlobalCommandRecognizerTests
{
    [Theory]
    [InlineData("help", GlobalCommand.Help)]
    [InlineData("trợ giúp", GlobalCommand.Help)]
    [InlineData("tro giup", GlobalCommand.Help)]
    [InlineData("帮助", GlobalCommand.Help)]
    [InlineData("幫助", GlobalCommand.Help)]
    [InlineData("/help", GlobalCommand.Help)]
    [InlineData("Cancel", GlobalCommand.Cancel)]
    [InlineData("hủy", GlobalCommand.Cancel)]
    [InlineData("取消", GlobalCommand.Cancel)]
    [InlineData("start over", GlobalCommand.StartOver)]
    [InlineData("restart", GlobalCommand.StartOver)]
    [InlineData("bắt đầu lại", GlobalCommand.StartOver)]
    [InlineData("bat dau lai", GlobalCommand.StartOver)]
    [InlineData("重新开始", GlobalCommand.StartOver)]
    [InlineData("重新開始", GlobalCommand.StartOver)]
    [InlineData("language", GlobalCommand.Language)]
    [InlineData("ngôn ngữ", GlobalCommand.Language)]
    [InlineData("ngon ngu", GlobalCommand.Language)]
    [InlineData("语言", GlobalCommand.Language)]
    [InlineData("語言", GlobalCommand.Language)]
    [InlineData("why", GlobalCommand.Why)]
    [InlineData("  Why?  ", GlobalCommand.Why)]
    [InlineData("tại sao", GlobalCommand.Why)]
    [InlineData("tai sao", GlobalCommand.Why)]
    [InlineData("为什么？", GlobalCommand.Why)]
    [InlineData("為什麼", GlobalCommand.Why)]
    [InlineData("ＨＥＬＰ", GlobalCommand.Help)]
    public void Recognize_WholeMessageIsACommand_ReturnsIt(string text, GlobalCommand expected) =>
        Assert.Equal(expected, GlobalCommandRecognizer.Recognize(TestTexts.Catalog, text));

    [Theory]
    [InlineData("why is the guest angry")]
    [InlineData("tại sao khách giận")]
    [InlineData("please help the guest")]
    [InlineData("取消预订的客人很生气")]
    [InlineData("thôi")]
    [InlineData("算了")]
    [InlineData("")]
    [InlineData(null)]
    public void Recognize_CommandWordInsideASentenceOrConfirmWord_ReturnsNull(string? text) =>
        Assert.Null(GlobalCommandRecognizer.Recognize(TestTexts.Catalog, text));
}
