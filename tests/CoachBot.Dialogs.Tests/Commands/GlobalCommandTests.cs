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
            .Send("chào bạn").AssertReply(TestBot.AskName.Vi)
            .Send("Lan").AssertReply(TestBot.AskTeam.Vi, TestBot.TeamTitles)
            .Send(cancel).AssertReply(TestTexts.Catalog[EngineStrings.Cancelled].Vi)
            .AssertState(state => Assert.Empty(state.Stack))
            .RunAsync();
    }

    [Fact]
    public async Task Cancel_InTraditionalChinese_ConfirmsInTraditionalChinese()
    {
        await Transcript.For(TestBot.Create()).WithLocale("zh-HK")
            .Send("你好").AssertReply(TestBot.AskName.ZhHant)
            .Send("取消").AssertReply(TestTexts.Catalog[EngineStrings.Cancelled].ZhHant)
            .AssertState(state => Assert.Empty(state.Stack))
            .RunAsync();
    }

    [Fact]
    public async Task StartOver_MidWaterfall_WelcomeAloneAndNextMessageIsAFreshStart()
    {
        await Transcript.For(TestBot.Create())
            .Send("hi").AssertReply(TestBot.AskName.En)
            .Send("Lan").AssertReply(TestBot.AskTeam.En, TestBot.TeamTitles)
            .Send("start over").AssertReply(reply =>
            {
                // The welcome alone: no "OK" first, no question after it.
                Assert.Equal(TestTexts.Catalog[EngineStrings.Welcome].En, reply.Text);
                Assert.Empty(reply.Choices);
            })
            .AssertState(state => Assert.Empty(state.Stack))

            // "Restaurant" would answer the team question; after start over it begins the root dialog instead.
            .Send("Restaurant").AssertReply(TestBot.AskName.En)
            .Send("Minh").AssertReply(TestBot.AskTeam.En, TestBot.TeamTitles)
            .Send("3").AssertReply(TestBot.ConfirmText("Minh", "Sales", En), "Yes", "No")
            .RunAsync();
    }

    [Fact]
    public async Task StartOver_AppWelcomeInVietnamese_AnswersWithTheAppsWelcome()
    {
        var options = new DialogRunnerOptions { Texts = TestTexts.Catalog, Welcome = dc => Reply.Say(dc.Language.Code == "vi" ? "Chào bạn, mình là trợ lý." : "Hello, I'm the coach.") };
        await Transcript.For(TestBot.Create(options)).WithLocale("vi-VN")
            .Send("chào").AssertReply(TestBot.AskName.Vi!)
            .Send("bắt đầu lại").AssertReply("Chào bạn, mình là trợ lý.")
            .AssertState(state => Assert.Empty(state.Stack))
            .RunAsync();
    }

    [Fact]
    public async Task StartOver_AfterAnExplanation_WhyHasNothingToExplain()
    {
        var options = new DialogRunnerOptions
        {
            Texts = TestTexts.Catalog,
            ExplainAsync = (dc, ct) => dc.GetExplanation<TestExplanation>() is { } explanation
                ? dc.SendAsync(Reply.Say("Because " + explanation.Reason), ct)
                : dc.SendAsync(EngineStrings.NothingToExplain, ct),
        };
        await Transcript.For(TestBot.Create(options))
            .Send("hi").AssertReply(TestBot.AskName.En)
            .Send("Lan").AssertReply(TestBot.AskTeam.En, TestBot.TeamTitles)
            .Send("sales").AssertReply(TestBot.ConfirmText("Lan", "Sales", En), "Yes", "No")
            .Send("why").AssertReply("Because you picked sales")
            .Send("start over").AssertReply(TestTexts.Catalog[EngineStrings.Welcome].En)
            .AssertState(state => Assert.Null(state.LastExplanation))
            .Send("why").AssertReply(TestTexts.Catalog[EngineStrings.NothingToExplain].En)
            .RunAsync();
    }

    [Fact]
    public async Task Language_SwitchToVietnameseMidPrompt_AsksAgainAndContinuesInVietnamese()
    {
        await Transcript.For(TestBot.Create())
            .Send("hi").AssertReply(TestBot.AskName.En)
            .Send("language").AssertReply(TestTexts.Catalog[EngineStrings.ChooseLanguage].En, LanguageTitles)
            .Send("tieng viet").AssertReply(TestTexts.Catalog[EngineStrings.LanguageChanged].Vi)
            .AssertReply(TestBot.AskName.Vi)
            .Send("Lan").AssertReply(TestBot.AskTeam.Vi, TestBot.TeamTitles)
            .Send("1").AssertReply(TestBot.ConfirmText("Lan", "Front desk", ReplyLanguage.Vietnamese), "Có", "Không")
            .AssertState(state => Assert.Equal("vi", state.Language))
            .RunAsync();
    }

    [Fact]
    public async Task Language_ChosenTraditionalChinese_WinsOverEnglishLocaleAndMessages()
    {
        await Transcript.For(TestBot.Create()).WithLocale("en-GB")
            .Send("ngôn ngữ").AssertReply(TestTexts.Catalog[EngineStrings.ChooseLanguage].Vi, LanguageTitles)
            .Send("4").AssertReply(TestTexts.Catalog[EngineStrings.LanguageChanged].ZhHant)
            .Send("hello").AssertReply(TestBot.AskName.ZhHant)
            .AssertState(state => Assert.Equal("zh-Hant", state.Language))
            .RunAsync();
    }

    [Fact]
    public async Task Why_WithoutHook_SaysNothingToExplainAndPromptStillWaits()
    {
        await Transcript.For(TestBot.Create())
            .Send("hi").AssertReply(TestBot.AskName.En)
            .Send("Lan").AssertReply(TestBot.AskTeam.En, TestBot.TeamTitles)
            .Send("why?").AssertReply(TestTexts.Catalog[EngineStrings.NothingToExplain].En)
            .Send("sales").AssertReply(TestBot.ConfirmText("Lan", "Sales", En), "Yes", "No")
            .RunAsync();
    }

    [Fact]
    public async Task Why_WithHook_ExplainsFromStoredExplanationInALaterTurn()
    {
        var options = new DialogRunnerOptions
        {
            Texts = TestTexts.Catalog,
            ExplainAsync = (dc, ct) => dc.GetExplanation<TestExplanation>() is { } explanation
                ? dc.SendAsync(Reply.Say("Because " + explanation.Reason), ct)
                : dc.SendAsync(EngineStrings.NothingToExplain, ct),
        };
        await Transcript.For(TestBot.Create(options))
            .Send("hi").AssertReply(TestBot.AskName.En)
            .Send("why?").AssertReply(TestTexts.Catalog[EngineStrings.NothingToExplain].En)
            .Send("Lan").AssertReply(TestBot.AskTeam.En, TestBot.TeamTitles)
            .Send("sales").AssertReply(TestBot.ConfirmText("Lan", "Sales", En), "Yes", "No")
            .Send("why").AssertReply("Because you picked sales")
            .Send("yes").AssertReply(TestBot.SavedText("Lan", "Sales", En))
            .RunAsync();
    }

    [Fact]
    public async Task Help_Default_ListsCommandsWithButtonsAndButtonStartsOver()
    {
        await Transcript.For(TestBot.Create())
            .Send("hi").AssertReply(TestBot.AskName.En)
            .Send("help").AssertReply(TestTexts.Catalog[EngineStrings.Help].En, "Start over", "Language", "Cancel")
            .AssertState(state => Assert.Equal([TestBot.SignUp, "text"], state.Stack.Select(i => i.DialogId)))
            .SendValue("""{"choice":"start over"}""").AssertReply(TestTexts.Catalog[EngineStrings.Welcome].En)
            .AssertState(state => Assert.Empty(state.Stack))
            .RunAsync();
    }

    [Fact]
    public async Task Help_FromOptions_UsesTheAppsReplyInTheTurnLanguage()
    {
        var options = new DialogRunnerOptions
        {
            Texts = TestTexts.Catalog,
            Help = dc => Reply.Ask(dc.Language.Code == "vi" ? "Tôi giúp bạn xử lý khiếu nại." : "I help with complaints.", [new Choice("Guest complaint", "complaint")]),
        };
        await Transcript.For(TestBot.Create(options)).WithLocale("vi-VN")
            .Send("tro giup").AssertReply("Tôi giúp bạn xử lý khiếu nại.", "Guest complaint")
            .RunAsync();
    }
}
