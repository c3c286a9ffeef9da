using CoachBot.Tests.Support;

namespace CoachBot.Tests.Demo;

/// <summary>The demo dialog as a user lives it, through the real endpoint (expectReplies, in-memory state).</summary>
public sealed class DemoDialogTranscriptTests(InMemoryBotFixture fixture) : IClassFixture<InMemoryBotFixture>
{
    [Fact]
    public async Task Dialog_WholeDemoInEnglish_EndsWithConfirmation()
    {
        using var client = fixture.Host.NewChat();
        var chat = new Transcript(client);

        await chat.Says("hi").BotReplies("Hi! What's your name?");
        await chat.Says("Alice").BotAsks("Which team are you on?", "Front desk", "Sales", "Food & beverage");
        await chat.Says("Sales").BotAsks("So you are Alice from Sales. Is that right?", "Yes", "No");
        await chat.Says("yes").BotReplies("Great, Alice! You're all set. Type help to see what I can do.");
    }

    [Fact]
    public async Task Dialog_InvalidTeam_RepromptsWithTheSameButtons()
    {
        using var client = fixture.Host.NewChat();
        var chat = new Transcript(client);
        await chat.Says("hi").BotReplies("Hi! What's your name?");
        await chat.Says("Bao").BotAsks("Which team are you on?", "Front desk", "Sales", "Food & beverage");

        await chat.Says("housekeeping").BotAsks("Please pick one of the options.", "Front desk", "Sales", "Food & beverage");
        await chat.Says("front desk").BotAsks("So you are Bao from Front desk. Is that right?", "Yes", "No");
    }

    [Fact]
    public async Task Dialog_TeamChosenByNumber_PicksThatPosition()
    {
        using var client = fixture.Host.NewChat();
        var chat = new Transcript(client);
        await chat.Says("hello").BotReplies("Hi! What's your name?");
        await chat.Says("Chris").BotAsks("Which team are you on?", "Front desk", "Sales", "Food & beverage");

        await chat.Says("2").BotAsks("So you are Chris from Sales. Is that right?", "Yes", "No");
    }

    [Fact]
    public async Task Dialog_TeamChosenByButton_ReadsTheCardSubmit()
    {
        using var client = fixture.Host.NewChat();
        var chat = new Transcript(client);
        await chat.Says("hello").BotReplies("Hi! What's your name?");
        var teamCard = await chat.Says("Dana").BotAsks("Which team are you on?", "Front desk", "Sales", "Food & beverage");

        await chat.Presses(teamCard, "Food & beverage").BotAsks("So you are Dana from Food & beverage. Is that right?", "Yes", "No");
    }

    [Fact]
    public async Task Dialog_CancelMidDialog_ConfirmsAndForgetsTheAnswers()
    {
        using var client = fixture.Host.NewChat();
        var chat = new Transcript(client);
        await chat.Says("hi").BotReplies("Hi! What's your name?");
        await chat.Says("Eve").BotAsks("Which team are you on?", "Front desk", "Sales", "Food & beverage");

        await chat.Says("cancel").BotReplies("OK, I've cancelled that. Type help to see what I can do.");

        // Cleared: the next message starts from the beginning instead of answering the team question.
        await chat.Says("Sales").BotReplies("Hi! What's your name?");
    }

    [Fact]
    public async Task Dialog_NoAtConfirmation_StartsAgain()
    {
        using var client = fixture.Host.NewChat();
        var chat = new Transcript(client);
        await chat.Says("hi").BotReplies("Hi! What's your name?");
        await chat.Says("Finn").BotAsks("Which team are you on?", "Front desk", "Sales", "Food & beverage");
        await chat.Says("Sales").BotAsks("So you are Finn from Sales. Is that right?", "Yes", "No");

        await chat.Says("no").BotReplies("No problem, let's start again.", "Hi! What's your name?");
    }

    [Fact]
    public async Task Dialog_UserWritesVietnamese_AnswersInVietnamese()
    {
        // The Teams client is in English; the words decide the language.
        using var client = fixture.Host.NewChat();
        var chat = new Transcript(client);

        await chat.Says("Xin chào bạn").BotReplies("Chào bạn! Bạn tên là gì?");
        var teamCard = await chat.Says("Nguyễn Văn An").BotAsks("Bạn làm ở bộ phận nào?", "Lễ tân", "Kinh doanh", "Nhà hàng");
        await chat.Presses(teamCard, "Lễ tân").BotAsks("Vậy bạn là Nguyễn Văn An, bộ phận Lễ tân. Đúng không?", "Có", "Không");
        await chat.Says("có").BotReplies("Tuyệt, Nguyễn Văn An! Xong rồi. Gõ \"trợ giúp\" để xem tôi làm được gì.");
    }

    [Fact]
    public async Task Dialog_UserWritesChinese_AnswersInChinese()
    {
        using var client = fixture.Host.NewChat();
        var chat = new Transcript(client);

        await chat.Says("你好").BotReplies("你好！请问你叫什么名字？");
        await chat.Says("王小明").BotAsks("你在哪个部门？", "前台", "销售", "餐饮");
        await chat.Says("销售").BotAsks("你是销售的王小明，对吗？", "是", "否");
        await chat.Says("是的").BotReplies("好的，王小明！设置完成。输入“帮助”查看我能做什么。");
    }
}
