using CoachBot.Dialogs.Tests.Support;

namespace CoachBot.Dialogs.Tests.Prompts;

public class ChoicePromptTests
{
    private static readonly ReplyLanguage En = ReplyLanguage.English;

    private static Transcript AtTeamQuestion() => Transcript.For(TestBot.Create())
        .Send("hi").AssertReply(TestBot.AskName.En)
        .Send("Lan").AssertReply(TestBot.AskTeam.En, TestBot.TeamTitles);

    [Fact]
    public async Task ContinueDialogAsync_UnknownChoiceThenValid_RepromptsWithButtonsThenAccepts()
    {
        await AtTeamQuestion()
            .Send("Spa").AssertReply(TestTexts.Catalog[EngineStrings.PickOneOfTheOptions].En, TestBot.TeamTitles)
            .Send("Restaurant").AssertReply(TestBot.ConfirmText("Lan", "Restaurant", En), "Yes", "No")
            .RunAsync();
    }

    [Fact]
    public async Task ContinueDialogAsync_FourWrongAnswers_RepromptsThreeTimesThenParentGivesUp()
    {
        await AtTeamQuestion()
            .Send("Spa").AssertReply(TestTexts.Catalog[EngineStrings.PickOneOfTheOptions].En, TestBot.TeamTitles)
            .Send("Gym").AssertReply(TestTexts.Catalog[EngineStrings.PickOneOfTheOptions].En, TestBot.TeamTitles)
            .Send("Pool").AssertReply(TestTexts.Catalog[EngineStrings.PickOneOfTheOptions].En, TestBot.TeamTitles)
            .Send("Kitchen").AssertReply(TestTexts.Catalog[EngineStrings.TooManyAttempts].En)
            .AssertState(state => Assert.Empty(state.Stack))
            .RunAsync();
    }

    [Theory]
    [InlineData("2", "en")]
    [InlineData("#2", "en")]
    [InlineData("＃２", "en")]
    [InlineData("F&B", "en")]
    [InlineData("nha hang", "en")]
    [InlineData("RESTAURANT", "en")]
    [InlineData("ｒｅｓｔａｕｒａｎｔ", "en")]
    [InlineData("restaurant", "en")]
    [InlineData("Nhà Hàng", "vi")]
    [InlineData("餐廳", "zh-Hant")]
    public async Task ContinueDialogAsync_NumberSynonymOrFoldedTitle_PicksThatChoiceAnsweringInTheAnswersLanguage(string answer, string language)
    {
        var reply = ReplyLanguage.FromTag(language)!;
        await AtTeamQuestion()
            .Send(answer).AssertReply(TestBot.ConfirmText("Lan", "Restaurant", reply), TestTexts.Catalog[EngineStrings.Yes].For(reply), TestTexts.Catalog[EngineStrings.No].For(reply))
            .RunAsync();
    }

    [Fact]
    public async Task ContinueDialogAsync_CardSubmitWithChoiceValue_PicksThatChoice()
    {
        await AtTeamQuestion()
            .SendValue("""{"choice":"front-desk"}""").AssertReply(TestBot.ConfirmText("Lan", "Front desk", En), "Yes", "No")
            .RunAsync();
    }

    [Fact]
    public async Task ContinueDialogAsync_PositionOutOfRange_Reprompts()
    {
        await AtTeamQuestion()
            .Send("4").AssertReply(TestTexts.Catalog[EngineStrings.PickOneOfTheOptions].En, TestBot.TeamTitles)
            .RunAsync();
    }
}
