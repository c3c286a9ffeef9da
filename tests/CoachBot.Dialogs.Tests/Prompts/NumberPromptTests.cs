using CoachBot.Dialogs.Tests.Support;

namespace CoachBot.Dialogs.Tests.Prompts;

public class NumberPromptTests
{
    [Fact]
    public async Task ContinueDialogAsync_NotANumberOrOutOfRange_RepromptsWithTheRange()
    {
        var range = TestTexts.Catalog[EngineStrings.TypeANumberBetween].Format(ReplyLanguage.English, 1, 20);
        await Transcript.For(TestBot.Create(root: TestBot.Guests))
            .Send("table please").AssertReply(TestBot.AskGuests.En)
            .Send("many").AssertReply(range)
            .Send("25").AssertReply(range)
            .Send("１２").AssertReply("Table for 12.")
            .RunAsync();
    }

    [Fact]
    public async Task ContinueDialogAsync_DecimalWithCommaInVietnamese_RepromptsInVietnameseThenAccepts()
    {
        await Transcript.For(TestBot.Create(root: TestBot.Guests)).WithLocale("vi-VN")
            .Send("đặt bàn").AssertReply(TestBot.AskGuests.En)
            .Send("không biết").AssertReply(TestTexts.Catalog[EngineStrings.TypeANumberBetween].Format(ReplyLanguage.Vietnamese, 1, 20))
            .Send("2,5").AssertReply("Table for 2.5.")
            .RunAsync();
    }
}
