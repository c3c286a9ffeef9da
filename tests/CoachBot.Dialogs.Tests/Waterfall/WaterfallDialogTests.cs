using CoachBot.Dialogs.Tests.Support;

namespace CoachBot.Dialogs.Tests.Waterfall;

public class WaterfallDialogTests
{
    private static readonly ReplyLanguage En = ReplyLanguage.English;

    [Fact]
    public async Task RunTurnAsync_HappyPath_AsksEachStepThenSavesWithSideEffect()
    {
        await Transcript.For(TestBot.Create())
            .Send("hi").AssertReply(TestBot.AskName.En)
            .Send("Lan").AssertReply(TestBot.AskTeam.En, TestBot.TeamTitles)
            .Send("Sales").AssertReply(TestBot.ConfirmText("Lan", "Sales", En), "Yes", "No")
            .Send("yes").AssertReply(TestBot.SavedText("Lan", "Sales", En))
            .AssertState(state => Assert.Empty(state.Stack))
            .AssertEffect("saved", payload =>
            {
                Assert.Equal("Lan", payload.GetProperty("name").GetString());
                Assert.Equal("sales", payload.GetProperty("team").GetString());
            })
            .RunAsync();
    }

    [Fact]
    public async Task RunTurnAsync_AnswerNo_EndsWithoutSideEffect()
    {
        await Transcript.For(TestBot.Create())
            .Send("hi").AssertReply(TestBot.AskName.En)
            .Send("Lan").AssertReply(TestBot.AskTeam.En, TestBot.TeamTitles)
            .Send("Sales").AssertReply(TestBot.ConfirmText("Lan", "Sales", En), "Yes", "No")
            .Send("nope").AssertReply(TestBot.NotSavedText(En))
            .AssertNoEffects()
            .RunAsync();
    }

    [Fact]
    public async Task RunTurnAsync_SentenceStartingWithCommandWord_IsAnAnswerNotACommand()
    {
        await Transcript.For(TestBot.Create())
            .Send("hi").AssertReply(TestBot.AskName.En)
            .Send("why is the guest angry").AssertReply(TestBot.AskTeam.En, TestBot.TeamTitles)
            .Send("1").AssertReply(TestBot.ConfirmText("why is the guest angry", "Front desk", En), "Yes", "No")
            .RunAsync();
    }

    [Fact]
    public async Task RunTurnAsync_AfterDialogCompletes_NextMessageBeginsRootAgain()
    {
        await Transcript.For(TestBot.Create())
            .Send("hi").AssertReply(TestBot.AskName.En)
            .Send("Lan").AssertReply(TestBot.AskTeam.En, TestBot.TeamTitles)
            .Send("Sales").AssertReply(TestBot.ConfirmText("Lan", "Sales", En), "Yes", "No")
            .Send("no").AssertReply(TestBot.NotSavedText(En))
            .Send("hello again").AssertReply(TestBot.AskName.En)
            .RunAsync();
    }
}
