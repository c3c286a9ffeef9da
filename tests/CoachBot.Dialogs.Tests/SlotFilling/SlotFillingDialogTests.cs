using CoachBot.Dialogs.Tests.Support;

namespace CoachBot.Dialogs.Tests.SlotFilling;

public class SlotFillingDialogTests
{
    private static readonly string[] Severities = ["Low", "High"];
    private static readonly string[] Areas = ["Room", "Restaurant"];

    [Fact]
    public async Task BeginDialogAsync_SlotKnownFromFirstMessage_IsNotAskedAgain()
    {
        await Transcript.For(TestBot.Create(root: TestBot.Complaint))
            .Send("the guest says the room is dirty").AssertReply(TestBot.AskSeverity.En, Severities)
            .Send("low").AssertReply("room/low/-")
            .RunAsync();
    }

    [Fact]
    public async Task ResumeDialogAsync_ConditionBecomesTrue_AsksTheConditionalSlot()
    {
        await Transcript.For(TestBot.Create(root: TestBot.Complaint))
            .Send("a guest is upset").AssertReply(TestBot.AskArea.En, Areas)
            .Send("restaurant").AssertReply(TestBot.AskSeverity.En, Severities)
            .Send("high").AssertReply(TestBot.AskGuestName.En)
            .Send("Mr Bình").AssertReply("restaurant/high/Mr Bình")
            .RunAsync();
    }

    [Fact]
    public async Task ResumeDialogAsync_SlotPromptGivesUp_ParentGetsTooManyAttempts()
    {
        await Transcript.For(TestBot.Create(root: TestBot.Complaint))
            .Send("room 12 complains").AssertReply(TestBot.AskSeverity.En, Severities)
            .Send("a").AssertReply(TestTexts.Catalog[EngineStrings.PickOneOfTheOptions].En, Severities)
            .Send("b").AssertReply(TestTexts.Catalog[EngineStrings.PickOneOfTheOptions].En, Severities)
            .Send("c").AssertReply(TestTexts.Catalog[EngineStrings.PickOneOfTheOptions].En, Severities)
            .Send("d").AssertReply(TestTexts.Catalog[EngineStrings.TooManyAttempts].En)
            .AssertState(state => Assert.Empty(state.Stack))
            .RunAsync();
    }
}
