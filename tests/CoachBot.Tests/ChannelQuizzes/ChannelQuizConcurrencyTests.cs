using System.Net;
using CoachBot.Tests.Support;

namespace CoachBot.Tests.ChannelQuizzes;

/// <summary>
/// Fifty members answer the same question in the same second, with the real rate limits on (issue 13): each taps once,
/// then, all at once, Teams re-sends the same invoke (its 15-second retry), the member taps another letter, and Teams
/// refreshes the card by itself; fifteen more members only look. Every invoke is answered 200 with a well-formed
/// Adaptive Card response; exactly one answer per member is kept, the first; a refresh never answers.
/// </summary>
public sealed class ChannelQuizConcurrencyTests
{
    public static TheoryData<string> Providers => ["InMemory", "Sqlite"];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task FiftyMembersAtOnce_WithResendsSecondTapsAndRefreshes_OneAnswerEachTheFirstNoneLost(string provider)
    {
        using var channel = new ChannelQuizHarness(trainees: 65, provider: provider, realRateLimits: true);
        await channel.SayAsync(channel.Trainer, "start quiz complaints 2");
        var card = Assert.Single(channel.Posted);
        // 66 people: Teams refreshes the card by itself for the trainer and 59 others; the rest have a button for it.
        Assert.Equal(60, card["refresh"]!["userIds"]!.AsArray().Count);
        Assert.Contains("Show my answer", ChannelQuizHarness.Actions(card).Select(a => (string?)a["title"]));
        var letters = ChannelQuizHarness.Actions(card).Where(a => (string?)a["data"]?["channelQuiz"] == "answer").Select(a => (string)a["title"]!).ToList();
        var answering = channel.Trainees.Take(50).ToList();
        var watching = channel.Trainees.Skip(50).ToList();
        var firstTaps = answering.ToDictionary(m => m.Id, m => letters[Math.Abs(m.Aad.GetHashCode(StringComparison.Ordinal)) % letters.Count]);

        var everyone = answering.Select(async member =>
        {
            var tapId = ActivityJson.NewId();
            var first = await channel.PressAsync(member, card, firstTaps[member.Id], activityId: tapId);
            var other = letters.First(l => l != firstTaps[member.Id]);
            var rest = await Task.WhenAll(
                channel.PressAsync(member, card, firstTaps[member.Id], activityId: tapId), // Teams' re-send: the same activity
                channel.PressAsync(member, card, other),                                  // a second tap on another letter
                channel.RefreshAsync(member, card));                                      // Teams refreshing the card
            return (member, answers: new[] { first }.Concat(rest).ToList());
        }).Concat(watching.Select(async member => (member, answers: new List<InvokeAnswer> { await channel.RefreshAsync(member, card) })));
        var results = await Task.WhenAll(everyone);

        var quizId = ChannelQuizTranscriptTests.QuizIdOf(card);
        var stored = await channel.Store.GetChannelAnswersAsync(quizId, default);
        Assert.Equal(50, stored.Count);
        Assert.Equal(50, stored.Select(a => a.UserId).Distinct().Count());
        var shown = channel.QuestionOn(card);
        foreach (var (member, answers) in results)
        {
            Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
            foreach (var answer in answers)
            {
                var view = answer.Card;
                Assert.Equal("AdaptiveCard", (string?)view["type"]);
                Assert.Equal("1.5", (string?)view["version"]);
                Assert.True(view["refresh"]!["userIds"]!.AsArray().Count <= 60);
            }

            if (watching.Contains(member))
            {
                Assert.DoesNotContain(stored, a => a.UserId == member.Id);
                Assert.NotEmpty(ChannelQuizHarness.Actions(answers[0].Card)); // still free to answer
                continue;
            }

            var mine = Assert.Single(stored, a => a.UserId == member.Id);
            var letter = ChannelQuizHarness.Actions(card).Single(a => (string?)a["data"]?["option"] == mine.Option)["title"]!.GetValue<string>();
            Assert.Equal(firstTaps[member.Id], letter);
            Assert.Equal(shown.Answer.Contains(mine.Option), mine.Right);
            Assert.All(answers, a => Assert.Contains(ChannelQuizHarness.Texts(a.Card), t => t.StartsWith($"Your answer: {letter}. ", StringComparison.Ordinal)));
        }

        // The count every member sees afterwards is the count stored.
        var after = (await channel.RefreshAsync(channel.Trainer, card)).Card;
        Assert.Contains("Answers so far: 50 of 65", ChannelQuizHarness.Texts(after));
    }
}
