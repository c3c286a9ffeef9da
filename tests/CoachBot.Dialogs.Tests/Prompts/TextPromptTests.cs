using CoachBot.Dialogs.Tests.Support;

namespace CoachBot.Dialogs.Tests.Prompts;

public class TextPromptTests
{
    private const string AskRoom = "Which room is the guest in?";
    private const string RoomRetry = "Room numbers have three or four digits, for example 1204.";

    // A validator that explains itself on the second miss, and a retry text for the first.
    private static DialogRunner RoomBot()
    {
        PromptValidator<string> roomNumber = async (prompt, ct) =>
        {
            var ok = prompt.Value.Length is 3 or 4 && prompt.Value.All(char.IsAsciiDigit);
            if (!ok && prompt.AttemptCount >= 2 && !prompt.IsLastAttempt)
            {
                await prompt.Context.SendAsync(Reply.Say($"'{prompt.Value}' is not a room number."), ct);
            }

            return ok;
        };
        var dialogs = new DialogSet()
            .Add(new TextPrompt("room", roomNumber))
            .Add(new WaterfallDialog("ask-room",
            [
                (step, ct) => step.PromptAsync("room", new PromptOptions(AskRoom) { RetryPrompt = RoomRetry }, ct),
                async (step, ct) =>
                {
                    await step.SendAsync(step.IsTooManyAttempts ? Reply.Say("Skipped.") : Reply.Say($"Room {step.Result}."), ct);
                    return await step.EndDialogAsync(null, ct);
                },
            ]));
        return new DialogRunner(dialogs, "ask-room", TestTexts.Options());
    }

    [Fact]
    public async Task ContinueDialogAsync_ValidatorRejects_UsesRetryTextThenValidatorsOwnReply()
    {
        await Transcript.For(RoomBot())
            .Send("hi").AssertReply(AskRoom)
            .Send("the big one").AssertReply(RoomRetry)
            .Send("12").AssertReply("'12' is not a room number.")
            .Send(" 1204 ").AssertReply("Room 1204.")
            .RunAsync();
    }

    [Fact]
    public async Task ContinueDialogAsync_MaxRetriesReached_ParentDecides()
    {
        await Transcript.For(RoomBot())
            .Send("hi").AssertReply(AskRoom)
            .Send("a").AssertReply(RoomRetry)
            .Send("b").AssertReply("'b' is not a room number.")
            .Send("c").AssertReply("'c' is not a room number.")
            .Send("d").AssertReply("Skipped.")
            .RunAsync();
    }
}
