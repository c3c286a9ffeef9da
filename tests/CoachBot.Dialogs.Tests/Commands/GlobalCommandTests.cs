using CoachBot.Dialogs.Tests.Support;

namespace CoachBot.Dialogs.Tests.Commands;

public class GlobalCommandTests
{
    private static readonly ReplyLanguage En = ReplyLanguage.English;
    private static readonly string[] LanguageTitles = ["English", "Tiếng Việt", "中文", "繁體中文"];

    [Theory]
    [InlineData("hủy")]
    [InlineData("huy")]
    [InlineData("Hủy!")]
    public async Task Cancel_MidWaterfallInVietnamese_EmptiesStackAndConfirmsInVietnamese(string cancel)
    {
        await Transcript.For(TestBot.Create()).WithLocale("en-US")
            .Send("chào bạn").AssertReply(TestBot.AskName.Vietnamese!)
            .Send("Lan").AssertReply(TestBot.AskTeam.Vietnamese!, TestBot.TeamTitles)
            .Send(cancel).AssertReply(EngineStrings.Cancelled.Vietnamese!)
            .AssertState(state => Assert.Empty(state.Stack))
            .RunAsync();
    }

    [Fact]
    public async Task Cancel_InTraditionalChinese_ConfirmsInTraditionalChinese()
    {
        await Transcript.For(TestBot.Create()).WithLocale("zh-HK")
            .Send("你好").AssertReply(TestBot.AskName.TraditionalChinese!)
            .Send("取消").AssertReply(EngineStrings.Cancelled.TraditionalChinese!)
            .AssertState(state => Assert.Empty(state.Stack))
            .RunAsync();
    }

    [Fact]
    public async Task StartOver_MidWaterfall_ForgetsAnswersAndAsksFirstQuestionAgain()
    {
        await Transcript.For(TestBot.Create())
            .Send("hi").AssertReply(TestBot.AskName.English)
            .Send("Lan").AssertReply(TestBot.AskTeam.English, TestBot.TeamTitles)
            .Send("start over").AssertReply(EngineStrings.StartingOver.English)
            .AssertReply(TestBot.AskName.English)
            .AssertState(state =>
            {
                Assert.Equal([TestBot.SignUp, "text"], state.Stack.Select(i => i.DialogId));
                Assert.Null(state.Stack[0].Values);
            })
            .Send("Minh").AssertReply(TestBot.AskTeam.English, TestBot.TeamTitles)
            .Send("3").AssertReply(TestBot.ConfirmText("Minh", "Sales", En), "Yes", "No")
            .RunAsync();
    }

    [Fact]
    public async Task Language_SwitchToVietnameseMidPrompt_AsksAgainAndContinuesInVietnamese()
    {
        await Transcript.For(TestBot.Create())
            .Send("hi").AssertReply(TestBot.AskName.English)
            .Send("language").AssertReply(EngineStrings.ChooseLanguage.English, LanguageTitles)
            .Send("tieng viet").AssertReply(EngineStrings.LanguageChanged.Vietnamese!)
            .AssertReply(TestBot.AskName.Vietnamese!)
            .Send("Lan").AssertReply(TestBot.AskTeam.Vietnamese!, TestBot.TeamTitles)
            .Send("1").AssertReply(TestBot.ConfirmText("Lan", "Front desk", ReplyLanguage.Vietnamese), "Có", "Không")
            .AssertState(state => Assert.Equal("vi", state.Language))
            .RunAsync();
    }

    [Fact]
    public async Task Language_ChosenTraditionalChinese_WinsOverEnglishLocaleAndMessages()
    {
        await Transcript.For(TestBot.Create()).WithLocale("en-GB")
            .Send("ngôn ngữ").AssertReply(EngineStrings.ChooseLanguage.Vietnamese!, LanguageTitles)
            .Send("4").AssertReply(EngineStrings.LanguageChanged.TraditionalChinese!)
            .Send("hello").AssertReply(TestBot.AskName.TraditionalChinese!)
            .AssertState(state => Assert.Equal("zh-Hant", state.Language))
            .RunAsync();
    }

    [Fact]
    public async Task Why_WithoutHook_SaysNothingToExplainAndPromptStillWaits()
    {
        await Transcript.For(TestBot.Create())
            .Send("hi").AssertReply(TestBot.AskName.English)
            .Send("Lan").AssertReply(TestBot.AskTeam.English, TestBot.TeamTitles)
            .Send("why?").AssertReply(EngineStrings.NothingToExplain.English)
            .Send("sales").AssertReply(TestBot.ConfirmText("Lan", "Sales", En), "Yes", "No")
            .RunAsync();
    }

    [Fact]
    public async Task Why_WithHook_ExplainsFromStoredExplanationInALaterTurn()
    {
        var options = new DialogRunnerOptions
        {
            ExplainAsync = (dc, ct) => dc.GetExplanation<TestExplanation>() is { } explanation
                ? dc.SendAsync(Reply.Say("Because " + explanation.Reason), ct)
                : dc.SendAsync(EngineStrings.NothingToExplain, ct),
        };
        await Transcript.For(TestBot.Create(options))
            .Send("hi").AssertReply(TestBot.AskName.English)
            .Send("why?").AssertReply(EngineStrings.NothingToExplain.English)
            .Send("Lan").AssertReply(TestBot.AskTeam.English, TestBot.TeamTitles)
            .Send("sales").AssertReply(TestBot.ConfirmText("Lan", "Sales", En), "Yes", "No")
            .Send("why").AssertReply("Because you picked sales")
            .Send("yes").AssertReply(TestBot.SavedText("Lan", "Sales", En))
            .RunAsync();
    }

    [Fact]
    public async Task Help_Default_ListsCommandsWithButtonsAndButtonStartsOver()
    {
        await Transcript.For(TestBot.Create())
            .Send("hi").AssertReply(TestBot.AskName.English)
            .Send("help").AssertReply(EngineStrings.Help.English, "Start over", "Language", "Cancel")
            .SendValue("""{"choice":"start over"}""").AssertReply(EngineStrings.StartingOver.English)
            .AssertReply(TestBot.AskName.English)
            .RunAsync();
    }

    [Fact]
    public async Task Help_FromOptions_UsesTheAppsReplyInTheTurnLanguage()
    {
        var options = new DialogRunnerOptions
        {
            Help = dc => Reply.Ask(dc.Language.Code == "vi" ? "Tôi giúp bạn xử lý khiếu nại." : "I help with complaints.", [new Choice("Guest complaint", "complaint")]),
        };
        await Transcript.For(TestBot.Create(options)).WithLocale("vi-VN")
            .Send("tro giup").AssertReply("Tôi giúp bạn xử lý khiếu nại.", "Guest complaint")
            .RunAsync();
    }
}
