using CoachBot.Coaching.Training;
using CoachBot.Dialogs;
using CoachBot.Hosting;
using CoachBot.State;
using CoachBot.Tests.Coaching.Support;
using CoachBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.Training;

/// <summary>
/// Trainer role-plays through the real endpoint (issue 12, point 4), in English, Vietnamese and Chinese: "practise …"
/// names a case; the bot plays the other side line by line; each answer is graded on its turn's checks with their
/// sources; the end gives the score against the pass mark, the checks missed and the model answers, and "my scores"
/// shows it. Answers that read like a situation at the desk are answers here, not a new situation.
/// </summary>
public sealed class RolePlayTranscriptTests : IDisposable
{
    private readonly TranscriptFixture _fixture = new();

    private RolePlayBook Book => _fixture.Host.Services.GetRequiredService<CoachingContent>().Current.RolePlays;

    [Theory]
    [InlineData("en-US", "en", "practise the lost bag", "lost-bag", "Role-play · The lost bag", "Role-play done: {0} of {0} checks (100%)")]
    [InlineData("vi-VN", "vi", "đóng vai túi bị mất", "lost-bag", "Đóng vai · Chiếc túi bị thất lạc", "Xong phần đóng vai: đạt {0}/{0} tiêu chí (100%)")]
    [InlineData("zh-CN", "zh", "练习叫醒服务", "wake-up-call", "角色扮演 · 叫醒服务之争", "角色扮演结束：通过{0}/{0}项（100%）")]
    public async Task Practise_AnsweringWithTheModelAnswers_EveryCheckPassesAndTheScoreIsStored(
        string locale, string language, string ask, string scenarioId, string title, string done)
    {
        using var trainee = _fixture.Chat(locale);
        var scenario = Book.Scenario(scenarioId)!;
        var reading = ReplyLanguage.FromCode(language, traditional: false);

        var start = Assert.Single(await trainee.SaysAsync(ask));
        Assert.Equal(title, Card.Title(start));
        Assert.Contains(Card.Lines(start), l => l.Contains(scenario.Turns[0].Says.For(reading), StringComparison.Ordinal));

        IReadOnlyList<BotMessage> replies = [];
        for (var turn = 0; turn < scenario.Turns.Count; turn++)
        {
            replies = await trainee.SaysAsync(scenario.Turns[turn].Model.For(reading));
            var graded = replies[0];
            Assert.Equal(scenario.Turns[turn].Checks.Count, Card.Lines(graded).Count);
            Assert.All(Card.Lines(graded), l => Assert.StartsWith("✓", l, StringComparison.Ordinal));
            Assert.All(scenario.Turns[turn].Checks, c => Assert.Contains(Card.Lines(graded), l => l.Contains(c.Sources[0], StringComparison.Ordinal)));
            if (turn + 1 < scenario.Turns.Count)
            {
                Assert.Contains(scenario.Turns[turn + 1].Says.For(reading), replies[^1].Text, StringComparison.Ordinal);
            }
        }

        var end = replies[^1];
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, done, scenario.CheckCount), Card.Title(end));
        Assert.Empty(Card.Lines(end));
        Assert.NotNull(Card.More(end));
        var stored = Assert.Single(await _fixture.Host.Services.GetRequiredService<ITrainingStore>().GetTrainingResultsAsync(trainee.Client.UserId, TrainingResult.RolePlayKind, default));
        Assert.True(stored.Passed);
        Assert.Equal(scenarioId, stored.ItemId);
    }

    [Fact]
    public async Task Practise_AnswersThatApologiseOnlyInWordsThatRefuseAndPromiseMoney_FailThoseChecksAndTheRolePlay()
    {
        using var trainee = _fixture.Chat();
        await trainee.SaysAsync("practise the lost bag");

        var first = await trainee.SaysAsync("I won't apologise, you didn't take a ticket. Calm down and we'll look for it.");
        var second = await trainee.SaysAsync("Fine, the hotel will compensate you for everything. It was the new intern's fault.");

        Assert.Contains(Card.Lines(first[0]), l => l.StartsWith("✗ Apologised", StringComparison.Ordinal));
        Assert.Contains(Card.Lines(second[0]), l => l.StartsWith("✗ Did not promise compensation", StringComparison.Ordinal));
        var end = second[^1];
        Assert.StartsWith("Not yet: the pass mark is 80%", Card.Text(end), StringComparison.Ordinal);
        Assert.Contains(Card.Lines(second[0]), l => l.StartsWith("✗ Did not blame colleagues", StringComparison.Ordinal));
        Assert.Equal(3, Card.Lines(end).Count); // the checks missed, at most three on the first screen
        Assert.Equal(["Try again", "Other cases", "Model answers"], end.Buttons);

        var scores = Assert.Single(await trainee.SaysAsync("my scores"));
        Assert.Matches(@"^The lost bag: \d of 6 checks \(\d+%\)", Assert.Single(Card.Section(scores, "Role-plays")));
    }

    [Fact]
    public async Task Practise_Alone_ListsTheCasesAndAButtonStartsOne()
    {
        using var trainee = _fixture.Chat("vi-VN");

        var list = Assert.Single(await trainee.SaysAsync("đóng vai"));
        Assert.Equal(Book.Scenarios.Count, list.Buttons.Count);

        var start = Assert.Single(await trainee.PressesAsync(list, Book.Scenario("banquet-spill")!.Title.Vi));
        Assert.StartsWith("Đóng vai · ", Card.Title(start), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Practise_ATaiwanTraineeTypingAPhraseShapedTheSameInBothScripts_StaysInTraditionalChinese()
    {
        using var trainee = _fixture.Chat("zh-TW");
        await trainee.SaysAsync("我想練習一下");

        var list = Assert.Single(await trainee.SaysAsync("角色扮演"));

        Assert.Equal("你想練習哪個情境？我來扮演客人或客戶，你用自己的話回答。", list.Text);
    }

    public void Dispose() => _fixture.Dispose();
}
