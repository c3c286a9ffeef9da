using CoachBot.Tests.Coaching.Support;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// A situation whose words the recogniser does not know, through the real endpoint: a front-desk user or a supervisor
/// still gets advice first, the likeliest for their role, with a headline that says it is a guess and the other
/// situations one press away; a role whose needs are too varied to guess, or a stray word, gets the menu.
/// </summary>
public sealed class GuessTranscriptTests(TranscriptFixture fixture) : IClassFixture<TranscriptFixture>
{
    [Theory]
    [InlineData("en", "The man keeps knocking on other people's doors at midnight", "Best guess:", "Not this?")]
    [InlineData("vi", "Ông khách cứ gõ cửa phòng người khác lúc nửa đêm", "Em đoán là:", "Không phải?")]
    [InlineData("zh", "那位先生半夜一直去敲别人的门", "我猜是：", "不是这个？")]
    public async Task FrontDesk_UnknownWords_AdviceForAGuestSaidToBeAGuessAndAnotherSituationOnePressAway(
        string language, string message, string guess, string notThis)
    {
        var ui = Ui.For(language);
        using var chat = fixture.Chat();

        var first = Assert.Single(await chat.SaysAsync(message));

        Card.IsAdvice(first, ui.SayNowPrefix, ui.Why, ui.More);
        Assert.StartsWith(guess, Card.Title(first), StringComparison.Ordinal);
        var other = Assert.IsType<string>(first.Buttons.FirstOrDefault(b => b.StartsWith(notThis, StringComparison.Ordinal)));
        var chosen = Assert.Single(await chat.PressesAsync(first, other));
        Card.IsAdvice(chosen, ui.SayNowPrefix, ui.Why, ui.More);
        Assert.DoesNotContain(guess, Card.Title(chosen), StringComparison.Ordinal); // the user said what it is
        Snapshot.Matches(chat.Text, language);
    }

    [Fact]
    public async Task Supervisor_UnknownWords_TheTeamAdviceAsAGuess()
    {
        var ui = Ui.English;
        using var chat = fixture.Chat(aadObjectId: TranscriptFixture.SupervisorId);

        var first = Assert.Single(await chat.SaysAsync("Half of the night shift keeps arriving twenty minutes late"));

        Card.IsAdvice(first, ui.SayNowPrefix, ui.Why, ui.More);
        Assert.StartsWith("Best guess:", Card.Title(first), StringComparison.Ordinal);
        Assert.Contains("M-01", Card.SourceIds(first));
    }

    [Fact]
    public async Task SalesRep_UnknownWords_ABestGuessAmongTheSalesSituationsAndEveryOtherOnePressAway()
    {
        using var chat = fixture.Chat(aadObjectId: TranscriptFixture.SalesRepId);

        var first = Assert.Single(await chat.SaysAsync("The man keeps knocking on other people's doors at midnight"));

        // Advice first, said to be a guess among what a sales rep brings; a guest complaint is one press away.
        Assert.NotEmpty(Card.SourceIds(first));
        Assert.StartsWith("Best guess:", Card.Title(first), StringComparison.Ordinal);
        Assert.Contains("Not this? A guest complaint", first.Buttons);
    }

    [Fact]
    public async Task AStrayWord_NothingToGoOn_TheMenuOfSituations()
    {
        using var chat = fixture.Chat();

        var reply = Assert.Single(await chat.SaysAsync("asdf"));

        Assert.Empty(Card.SourceIds(reply));
        Assert.Equal(
            ["A guest complaint", "A guest wants a discount", "A prospect with a current supplier", "A client's objection",
             "We lost a client or booking", "Managing my team", "A sales or marketing question"],
            reply.Buttons); // every situation the bot coaches on, the right one always there
    }

    [Theory]
    [InlineData("quiz me on complaints", "Quiz · Complaints · 1 of 5")]
    [InlineData("Em muốn tập tình huống khách phàn nàn", "Trắc nghiệm · Xử lý khiếu nại · câu 1/5")]
    [InlineData("考考我投诉处理", "测验 · 投诉处理 · 第1题，共5题")]
    public async Task QuizRequest_InTheUsersLanguage_StartsAQuizOnTheTopicNotTheHelpText(string message, string title)
    {
        using var chat = fixture.Chat();

        var reply = Assert.Single(await chat.SaysAsync(message));

        Assert.Equal(title, Card.Title(reply));
        Assert.Empty(Card.SourceIds(reply));
    }
}
