using CoachBot.Dialogs.Tests.Support;

namespace CoachBot.Dialogs.Tests.Engine;

public class DialogContextTests
{
    private const string Draft = "Draft a note: what happened?";

    // Discarding a draft must be visible to the host (an outbox entry), whichever way the dialog ends.
    private sealed class DraftDialog() : WaterfallDialog("draft",
    [
        (step, ct) => step.PromptAsync("text", new PromptOptions(Draft), ct),
        async (step, ct) =>
        {
            await step.SendAsync(Reply.Say("Saved."), ct);
            return await step.EndDialogAsync(step.Result, ct);
        },
    ])
    {
        public override Task EndDialogAsync(DialogContext dc, DialogEndReason reason, CancellationToken cancellationToken)
        {
            if (reason == DialogEndReason.Cancelled)
            {
                dc.AddSideEffect("draft-discarded", new { reason });
            }

            return Task.CompletedTask;
        }
    }

    private static DialogRunner MenuBot()
    {
        var dialogs = new DialogSet()
            .Add(new TextPrompt("text"))
            .Add(new ChoicePrompt("choice"))
            .Add(new DraftDialog())
            .Add(new WaterfallDialog("menu",
            [
                (step, ct) => step.PromptAsync("choice", new PromptOptions("Menu") { Choices = [new("Note", "note"), new("Again", "again")] }, ct),
                (step, ct) => step.GetResult<Choice>()?.Value == "again"
                    ? step.Context.ReplaceDialogAsync("menu", null, ct)
                    : step.BeginDialogAsync("draft", null, ct),
                async (step, ct) =>
                {
                    await step.SendAsync(Reply.Say($"Back in the menu with: {step.Result}"), ct);
                    return await step.EndDialogAsync(null, ct);
                },
            ]));
        return new DialogRunner(dialogs, "menu", TestTexts.Options());
    }

    [Fact]
    public async Task ReplaceDialogAsync_MenuReplacesItself_StackDoesNotGrow()
    {
        await Transcript.For(MenuBot())
            .Send("hi").AssertReply("Menu", "Note", "Again")
            .Send("again").AssertReply("Menu", "Note", "Again")
            .Send("again").AssertReply("Menu", "Note", "Again")
            .AssertState(state => Assert.Equal(["menu", "choice"], state.Stack.Select(i => i.DialogId)))
            .RunAsync();
    }

    [Fact]
    public async Task EndDialogAsync_ChildCompletes_ParentResumesWithItsResult()
    {
        await Transcript.For(MenuBot())
            .Send("hi").AssertReply("Menu", "Note", "Again")
            .Send("note").AssertReply(Draft)
            .Send("Guest in 1204 wants a late checkout").AssertReply("Saved.")
            .AssertReply("Back in the menu with: Guest in 1204 wants a late checkout")
            .AssertNoEffects()
            .RunAsync();
    }

    [Fact]
    public async Task CancelAllDialogsAsync_UserCancelsMidDraft_EachDialogSeesCancelledReason()
    {
        await Transcript.For(MenuBot())
            .Send("hi").AssertReply("Menu", "Note", "Again")
            .Send("note").AssertReply(Draft)
            .Send("cancel").AssertReply(TestTexts.Catalog[EngineStrings.Cancelled].En)
            .AssertEffect("draft-discarded", payload => Assert.Equal("cancelled", payload.GetProperty("reason").GetString()))
            .RunAsync();
    }
}
