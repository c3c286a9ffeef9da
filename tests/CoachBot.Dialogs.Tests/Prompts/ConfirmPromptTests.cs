using CoachBot.Dialogs.Tests.Support;

namespace CoachBot.Dialogs.Tests.Prompts;

public class ConfirmPromptTests
{
    private static readonly ReplyLanguage Vi = ReplyLanguage.Vietnamese;
    private static readonly ReplyLanguage Hant = ReplyLanguage.TraditionalChinese;

    [Theory]
    [InlineData("co", true)]
    [InlineData("Có", true)]
    [InlineData("vang", true)]
    [InlineData("dong y", true)]
    [InlineData("khong", false)]
    [InlineData("Không.", false)]
    [InlineData("ko", false)]
    public async Task ContinueDialogAsync_VietnameseWithOrWithoutDiacritics_ReadsYesOrNo(string answer, bool yes)
    {
        await Transcript.For(TestBot.Create()).WithLocale("vi-VN")
            .Send("xin chao").AssertReply(TestBot.AskName.Vi)
            .Send("Lan").AssertReply(TestBot.AskTeam.Vi, TestBot.TeamTitles)
            .Send("le tan").AssertReply(TestBot.ConfirmText("Lan", "Front desk", Vi), "Có", "Không")
            .Send(answer).AssertReply(yes ? TestBot.SavedText("Lan", "Front desk", Vi) : TestBot.NotSavedText(Vi))
            .RunAsync();
    }

    [Theory]
    [InlineData("是的", true)]
    [InlineData("對", true)]
    [InlineData("好", true)]
    [InlineData("沒有", false)]
    [InlineData("不要", false)]
    public async Task ContinueDialogAsync_TraditionalChinese_ReadsYesOrNoAndAnswersInTraditional(string answer, bool yes)
    {
        await Transcript.For(TestBot.Create()).WithLocale("zh-TW")
            .Send("hi").AssertReply(TestBot.AskName.ZhHant)
            .Send("小明").AssertReply(TestBot.AskTeam.ZhHant, TestBot.TeamTitles)
            .Send("銷售").AssertReply(TestBot.ConfirmText("小明", "Sales", Hant), "是", "否")
            .Send(answer).AssertReply(yes ? TestBot.SavedText("小明", "Sales", Hant) : TestBot.NotSavedText(Hant))
            .RunAsync();
    }

    [Fact]
    public async Task ContinueDialogAsync_NeitherYesNorNo_AsksForYesOrNoWithButtons()
    {
        await Transcript.For(TestBot.Create())
            .Send("hi").AssertReply(TestBot.AskName.En)
            .Send("Lan").AssertReply(TestBot.AskTeam.En, TestBot.TeamTitles)
            .Send("sales").AssertReply(TestBot.ConfirmText("Lan", "Sales", ReplyLanguage.English), "Yes", "No")
            .Send("no problem").AssertReply(TestTexts.Catalog[EngineStrings.AnswerYesOrNo].En, "Yes", "No")
            .SendValue("""{"choice":"yes"}""").AssertReply(TestBot.SavedText("Lan", "Sales", ReplyLanguage.English))
            .RunAsync();
    }
}
