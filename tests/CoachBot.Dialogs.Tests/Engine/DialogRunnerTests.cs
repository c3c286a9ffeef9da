using System.Text.Json;
using CoachBot.Dialogs.Tests.Support;

namespace CoachBot.Dialogs.Tests.Engine;

public class DialogRunnerTests
{
    private static readonly IncomingTurn User = new("conversation-1", "user-1");

    [Fact]
    public async Task RunTurnAsync_StateSavedMidPromptAndLoadedIntoNewRunner_ContinuesTheDialog()
    {
        await Transcript.For(TestBot.Create())
            .Send("hi").AssertReply(TestBot.AskName.En)
            .Send("Lan").AssertReply(TestBot.AskTeam.En, TestBot.TeamTitles)
            .Send("Spa").AssertReply(TestTexts.Catalog[EngineStrings.PickOneOfTheOptions].En, TestBot.TeamTitles)
            .RestartWith(TestBot.Create())
            .AssertState(state => Assert.Equal(1, state.Stack[^1].RetryCount))
            .Send("2").AssertReply(TestBot.ConfirmText("Lan", "Restaurant", ReplyLanguage.English), "Yes", "No")
            .RestartWith(TestBot.Create())
            .Send("yes").AssertReply(TestBot.SavedText("Lan", "Restaurant", ReplyLanguage.English))
            .RunAsync();
    }

    [Fact]
    public async Task RunTurnAsync_GivenState_LeavesTheCallersStateUnchanged()
    {
        var runner = TestBot.Create();
        var first = await runner.RunTurnAsync(User with { Text = "hi" }, DialogState.Empty, CancellationToken.None);
        var before = DialogStateSerializer.Serialize(first.State);

        var second = await runner.RunTurnAsync(User with { Text = "Lan" }, first.State, CancellationToken.None);

        Assert.Equal(before, DialogStateSerializer.Serialize(first.State));
        Assert.NotEqual(before, DialogStateSerializer.Serialize(second.State));
    }

    [Fact]
    public async Task RunTurnAsync_SameTurnAndState_GivesTheSameOutcome()
    {
        var runner = TestBot.Create();
        var state = (await runner.RunTurnAsync(User with { Text = "hi" }, DialogState.Empty, CancellationToken.None)).State;

        var a = await runner.RunTurnAsync(User with { Text = "Lan" }, state, CancellationToken.None);
        var b = await runner.RunTurnAsync(User with { Text = "Lan" }, state, CancellationToken.None);

        Assert.Equal(DialogStateSerializer.Serialize(a.State), DialogStateSerializer.Serialize(b.State));
        Assert.Equal(a.Replies.Select(r => r.Text), b.Replies.Select(r => r.Text));
    }

    [Fact]
    public async Task RunTurnAsync_StoredStackNamesARemovedDialog_StartsAfresh()
    {
        var stale = DialogState.Empty with { Stack = [new DialogInstance("removed-in-this-release") { StepIndex = 3 }] };
        await Transcript.For(TestBot.Create())
            .WithState(stale)
            .Send("hi").AssertReply(TestBot.AskName.En)
            .AssertState(state => Assert.Equal(TestBot.SignUp, state.Stack[0].DialogId))
            .RunAsync();
    }

    [Fact]
    public async Task WelcomeAsync_Default_GreetsInLocaleLanguageWithoutStartingADialog()
    {
        await Transcript.For(TestBot.Create()).WithLocale("vi-VN")
            .Welcome().AssertReply(TestTexts.Catalog[EngineStrings.Welcome].Vi)
            .AssertState(state => Assert.Empty(state.Stack))
            .RunAsync();
    }

    [Fact]
    public async Task WelcomeAsync_BeginRootOnWelcome_GreetsThenAsksFirstQuestion()
    {
        var options = new DialogRunnerOptions { Texts = TestTexts.Catalog, BeginRootOnWelcome = true, Welcome = _ => Reply.Say("Welcome to the coach.") };
        await Transcript.For(TestBot.Create(options))
            .Welcome().AssertReply("Welcome to the coach.")
            .AssertReply(TestBot.AskName.En)
            .Send("Lan").AssertReply(TestBot.AskTeam.En, TestBot.TeamTitles)
            .RunAsync();
    }

    [Fact]
    public void Constructor_RootNotRegistered_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new DialogRunner(new DialogSet(), "missing", TestTexts.Options()));
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunTurnAsync_DialogSetsExplanation_ExplanationIsKeptInState()
    {
        var runner = TestBot.Create();
        var state = DialogState.Empty;
        foreach (var text in new[] { "hi", "Lan", "sales" })
        {
            state = (await runner.RunTurnAsync(User with { Text = text }, state, CancellationToken.None)).State;
        }

        var explanation = Assert.IsType<JsonElement>(state.LastExplanation);
        Assert.Equal("you picked sales", explanation.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task RunTurnAsync_InterruptHandlesTheMessage_ActiveDialogNeverSeesIt()
    {
        var options = new DialogRunnerOptions { Texts = TestTexts.Catalog, InterruptAsync = FireAlarmAsync };
        await Transcript.For(TestBot.Create(options))
            .Send("hi").AssertReply(TestBot.AskName.En)
            .Send("fire alarm").AssertReply("Evacuate first.")

            // The name question still waits, untouched: no retry counted, and "fire alarm" was not taken as a name.
            .AssertState(state =>
            {
                Assert.Equal([TestBot.SignUp, "text"], state.Stack.Select(i => i.DialogId));
                Assert.Equal(0, state.Stack[^1].RetryCount);
            })
            .Send("Lan").AssertReply(TestBot.AskTeam.En, TestBot.TeamTitles)
            .Send("sales").AssertReply(TestBot.ConfirmText("Lan", "Sales", ReplyLanguage.English), "Yes", "No")
            .RunAsync();
    }

    [Fact]
    public async Task RunTurnAsync_InterruptEndsWhatIsOpen_NextMessageBeginsTheRootAgain()
    {
        var options = new DialogRunnerOptions
        {
            Texts = TestTexts.Catalog,
            InterruptAsync = async (dc, ct) =>
            {
                if (dc.Turn.Text != "new guest")
                {
                    return false;
                }

                await dc.CancelAllDialogsAsync(ct);
                await dc.SendAsync(Reply.Say("Handling the new guest."), ct);
                return true;
            },
        };
        await Transcript.For(TestBot.Create(options))
            .Send("hi").AssertReply(TestBot.AskName.En)
            .Send("Lan").AssertReply(TestBot.AskTeam.En, TestBot.TeamTitles)
            .Send("new guest").AssertReply("Handling the new guest.")
            .AssertState(state => Assert.Empty(state.Stack))
            .Send("Restaurant").AssertReply(TestBot.AskName.En)
            .RunAsync();
    }

    [Fact]
    public async Task RunTurnAsync_InterruptDeclines_ActiveDialogGetsTheMessage()
    {
        var seen = new List<string?>();
        var options = new DialogRunnerOptions
        {
            Texts = TestTexts.Catalog,
            InterruptAsync = (dc, _) =>
            {
                seen.Add(dc.Turn.Text);
                return Task.FromResult(false);
            },
        };
        await Transcript.For(TestBot.Create(options))
            .Send("hi").AssertReply(TestBot.AskName.En)
            .Send("Lan").AssertReply(TestBot.AskTeam.En, TestBot.TeamTitles)
            .Send("Spa").AssertReply(TestTexts.Catalog[EngineStrings.PickOneOfTheOptions].En, TestBot.TeamTitles)
            .Send("help").AssertReply(TestTexts.Catalog[EngineStrings.Help].En, "Start over", "Language", "Cancel")
            .Send("2").AssertReply(TestBot.ConfirmText("Lan", "Restaurant", ReplyLanguage.English), "Yes", "No")
            .RunAsync();

        // Asked only while a dialog waited ("hi" began the root), and never for a global command ("help").
        Assert.Equal(["Lan", "Spa", "2"], seen);
    }

    private static async Task<bool> FireAlarmAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Turn.Text != "fire alarm")
        {
            return false;
        }

        await dc.SendAsync(Reply.Say("Evacuate first."), cancellationToken);
        return true;
    }
}
