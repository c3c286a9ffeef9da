using CoachBot.Coaching.Training;
using CoachBot.Dialogs;
using System.Text.Json.Nodes;

namespace CoachBot.Tests.ChannelQuizzes;

/// <summary>
/// A trainer runs a quiz in a team channel through the real endpoint (issue 13): "start quiz complaints 3" posts the
/// first question as a card that Teams refreshes for each member; a tap answers in place with the member's own card
/// (right or not, points, how many have answered); the trainer closes a question, or its time does; the results and
/// leaderboard follow each question, the final leaderboard the last. The tests read the key from the shipped bank.
/// </summary>
public sealed class ChannelQuizTranscriptTests
{
    [Fact]
    public async Task TrainerRunsAQuiz_TwoTraineesAnswer_ResultsAndLeaderboardAfterEachQuestionThenTheFinal()
    {
        using var channel = new ChannelQuizHarness();
        var (hoa, lan, tuan) = (channel.Trainer, channel.Trainees[0], channel.Trainees[1]);

        var said = await channel.SayAsync(hoa, "start quiz complaints 3");

        Assert.Equal("Hoa started a quiz on Complaints: 3 questions, 30 seconds each. Tap your answer on each card; the fastest right answers score the most.", Assert.Single(said));
        var first = Assert.Single(channel.Posted);
        Assert.Equal("Channel quiz · Complaints · 1 of 3", ChannelQuizHarness.Texts(first)[0]);
        Assert.Equal("complaints", channel.QuestionOn(first).Topic);
        Assert.Equal([hoa.Id, .. channel.Trainees.Select(t => t.Id)], first["refresh"]!["userIds"]!.AsArray().Select(u => (string)u!));

        // Lan answers at once and rightly: all the points; Tuan misses it 15 seconds later.
        var lanView = (await channel.PressAsync(lan, first, channel.Letter(first, right: true))).Card;
        Assert.Contains("✓ Right: +1000 points", ChannelQuizHarness.Texts(lanView));
        Assert.Contains("Answers so far: 1 of 3", ChannelQuizHarness.Texts(lanView));
        Assert.Empty(ChannelQuizHarness.Actions(lanView));

        channel.Time.Advance(TimeSpan.FromSeconds(15));
        var tuanView = (await channel.PressAsync(tuan, first, channel.Letter(first, right: false))).Card;
        Assert.Contains("✗ Not quite: no points this time", ChannelQuizHarness.Texts(tuanView));
        Assert.Contains("The answer shows when the question closes.", ChannelQuizHarness.Texts(tuanView));
        Assert.Contains("Answers so far: 2 of 3", ChannelQuizHarness.Texts(tuanView));

        // The trainer's own view (Teams refreshes it when they look) has the Close button, the count and who is missing.
        var hoaView = (await channel.RefreshAsync(hoa, first)).Card;
        Assert.Contains("Answers so far: 2 of 3", ChannelQuizHarness.Texts(hoaView));
        Assert.Contains("Still to answer: Mai", ChannelQuizHarness.Texts(hoaView));
        Assert.Equal(["Close question"], ChannelQuizHarness.Actions(hoaView).Select(a => (string)a["title"]!));

        var closedForHoa = (await channel.PressAsync(hoa, hoaView, "Close question")).Card;
        Assert.Contains("This question is closed.", ChannelQuizHarness.Texts(closedForHoa));

        // The results repeat the question, give the key (for a trap question, the mistake it asked for) and why.
        var results = channel.Posted[1];
        var asked = channel.QuestionOn(first);
        var key = ChannelQuizHarness.Texts(results)[2];
        var keyWord = asked.Kind == QuizKind.Trap ? "The mistake: " : "The answer: ";
        Assert.StartsWith(keyWord + channel.Letter(first, right: true) + ". ", key, StringComparison.Ordinal);
        Assert.Equal(
            ["Question 1 of 3: results", asked.Prompt.For(ReplyLanguage.English), key, "Why: " + asked.Why.For(ReplyLanguage.English), "1 of 2 right (50%)", "Not answered: Mai",
                "Leaderboard", "1 · Lan: 1,000 points (1 right)", "2 · Tuan: 0 points (0 right)", "Next question coming up."],
            ChannelQuizHarness.Texts(results));
        var closedCard = Assert.Single(channel.Replaced);
        Assert.Empty(ChannelQuizHarness.Actions(closedCard));
        Assert.Contains(key, ChannelQuizHarness.Texts(closedCard));

        // A late tap on the first card changes nothing: it shows Mai the closed question.
        var late = (await channel.PressAsync(channel.Trainees[2], first, channel.Letter(first, right: true))).Card;
        Assert.Contains("You did not answer this one.", ChannelQuizHarness.Texts(late));

        // The second question: Lan is right again after 9 of 30 seconds (850 points) with a streak of one (+100).
        var second = channel.Posted[2];
        Assert.Equal("Channel quiz · Complaints · 2 of 3", ChannelQuizHarness.Texts(second)[0]);
        channel.Time.Advance(TimeSpan.FromSeconds(9));
        var lanSecond = (await channel.PressAsync(lan, second, channel.Letter(second, right: true))).Card;
        Assert.Contains("✓ Right: +950 points", ChannelQuizHarness.Texts(lanSecond));

        // Nobody closes it: its 30 seconds (and two of grace for a tap on its way) run out and the outbox closes it.
        await channel.AdvanceAsync(TimeSpan.FromSeconds(22));
        Assert.Equal(3, channel.Posted.Count);
        await channel.AdvanceAsync(TimeSpan.FromSeconds(2));
        Assert.Contains("1 · Lan: 1,950 points (2 right)", ChannelQuizHarness.Texts(channel.Posted[3]));
        var third = channel.Posted[4];
        Assert.Equal("Channel quiz · Complaints · 3 of 3", ChannelQuizHarness.Texts(third)[0]);

        await channel.PressAsync(tuan, third, channel.Letter(third, right: true));
        await channel.AdvanceAsync(TimeSpan.FromSeconds(33));

        var final = channel.Posted[^1];
        Assert.Equal("Quiz over: Complaints", ChannelQuizHarness.Texts(final)[0]);
        Assert.Equal("Well done, Lan!", ChannelQuizHarness.Texts(final)[1]);
        Assert.Equal("1 · Lan: 1,950 points (2 right)", ChannelQuizHarness.Texts(final)[3]);
        Assert.DoesNotContain("Leaderboard", ChannelQuizHarness.Texts(channel.Posted[^2])); // the last results leave the board to the final
        Assert.StartsWith("2 · Tuan: ", ChannelQuizHarness.Texts(final)[4], StringComparison.Ordinal);

        // Over: a new quiz can start.
        Assert.StartsWith("Hoa started a quiz", (await channel.SayAsync(hoa, "start quiz discounts 2"))[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vi-VN", "bắt đầu trắc nghiệm khiếu nại 2", "Hoa vừa mở bài trắc nghiệm về Xử lý khiếu nại: 2 câu", "Trắc nghiệm cả kênh · Xử lý khiếu nại · câu 1/2", "✓ Đúng rồi: +1000 điểm")]
    [InlineData("zh-CN", "开始测验投诉 2", "Hoa开始了一轮投诉处理测验：共2题", "频道测验 · 投诉处理 · 第1题，共2题", "✓ 答对了：+1000分")]
    public async Task StartQuiz_InVietnameseOrChinese_TheWholeQuizSpeaksIt(string locale, string start, string started, string title, string right)
    {
        using var channel = new ChannelQuizHarness();

        var said = await channel.SayAsync(channel.Trainer, start, locale);

        Assert.StartsWith(started, Assert.Single(said), StringComparison.Ordinal);
        var card = Assert.Single(channel.Posted);
        Assert.Equal(title, ChannelQuizHarness.Texts(card)[0]);
        var view = (await channel.PressAsync(channel.Trainees[0], card, channel.Letter(card, right: true))).Card;
        Assert.Contains(right, ChannelQuizHarness.Texts(view));
    }

    [Fact]
    public async Task StartQuiz_BySomeoneWithoutTheTrainerRole_RefusedAndNothingPosted()
    {
        using var channel = new ChannelQuizHarness();

        var said = await channel.SayAsync(channel.Trainees[0], "start quiz complaints");

        Assert.StartsWith("Only a trainer can start a quiz for the whole channel.", Assert.Single(said), StringComparison.Ordinal);
        Assert.Empty(channel.Posted);
    }

    [Fact]
    public async Task CloseQuestion_PressedByATrainee_RefusedWithAMessageAndTheQuestionStaysOpen()
    {
        using var channel = new ChannelQuizHarness();
        await channel.SayAsync(channel.Trainer, "start quiz complaints 2");
        var card = channel.Posted[0];
        var trainerView = (await channel.RefreshAsync(channel.Trainer, card)).Card;

        var answer = await channel.PressAsync(channel.Trainees[0], trainerView, "Close question");

        Assert.Equal("application/vnd.microsoft.activity.message", (string?)answer.Body!["type"]);
        Assert.Equal("Only the trainer running this quiz can close its questions.", (string?)answer.Body["value"]);
        Assert.Single(channel.Posted);
    }

    [Fact]
    public async Task StartQuiz_WhileOneRuns_TheTrainerIsToldAndEndQuizPostsTheFinalBoard()
    {
        using var channel = new ChannelQuizHarness();
        await channel.SayAsync(channel.Trainer, "start quiz complaints 5");
        var card = channel.Posted[0];
        await channel.PressAsync(channel.Trainees[0], card, channel.Letter(card, right: true));

        var again = await channel.SayAsync(channel.Trainer, "start quiz wedge");
        await channel.SayAsync(channel.Trainer, "end quiz");

        Assert.Equal("A quiz on Complaints is already running here. Let it finish, or say \"end quiz\" first.", Assert.Single(again));
        var final = channel.Posted[^1];
        Assert.Equal(["Quiz over: Complaints", "Hoa ended the quiz.", "Well done, Lan!", "Leaderboard", "1 · Lan: 1,000 points (1 right)"], ChannelQuizHarness.Texts(final));
        Assert.Equal(3, channel.Posted.Count); // question 1, its results, the final board: no second question
    }

    [Fact]
    public async Task AnswerCard_SubmittedByAClientWithoutUniversalActions_AnsweredWithoutTheVerdictAndCountedOnce()
    {
        using var channel = new ChannelQuizHarness();
        await channel.SayAsync(channel.Trainer, "start quiz complaints 2");
        var card = channel.Posted[0];
        var button = ChannelQuizHarness.Actions(card).Single(a => (string?)a["title"] == channel.Letter(card, right: true));
        var fallbackData = button["fallback"]!["data"]!;
        Assert.Equal("Action.Submit", (string?)button["fallback"]!["type"]);

        using var client = new Support.BotClient(channel.Host.CreateClient(), channel.Host.Connector) { ConversationId = channel.ChannelId, UserId = channel.Trainees[0].Id, UserName = "Lan" };
        var submit = client.Message(null).Set("value", fallbackData.DeepClone()).InConversation(channel.ChannelId, "channel");
        var replies = await client.SendAsync(submit);
        var again = await client.SendAsync(client.Message(null).Set("value", fallbackData.DeepClone()).InConversation(channel.ChannelId, "channel"));

        // The channel sees the answer is in, never whether it was right.
        Assert.Equal("Lan, your answer is in. The results come when the question closes.", Assert.Single(replies).Text);
        Assert.Equal("Lan, your answer is in. The results come when the question closes.", Assert.Single(again).Text);
        var stored = await channel.Store.GetChannelAnswersAsync(QuizIdOf(card), default);
        Assert.Single(stored);
    }

    [Theory]
    [InlineData("vi-VN", "bắt đầu trắc nghiệm khiếu nại 3", "kết thúc trắc nghiệm", "Hết bài: Xử lý khiếu nại", "Hoa đã kết thúc bài trắc nghiệm.")]
    [InlineData("zh-CN", "开始测验投诉 3", "结束测验", "测验结束：投诉处理", "Hoa结束了测验。")]
    public async Task EndQuiz_InVietnameseOrChinese_AfterTheTimeClosedAQuestion_ClosesTheOpenOneAndPostsTheFinalBoard(
        string locale, string start, string end, string finalTitle, string ended)
    {
        using var channel = new ChannelQuizHarness();
        await channel.SayAsync(channel.Trainer, start, locale);
        await channel.AdvanceAsync(TimeSpan.FromSeconds(33)); // the first question's time runs out; the second is posted
        var second = channel.Posted[^1];
        await channel.PressAsync(channel.Trainees[0], second, channel.Letter(second, right: true));

        await channel.SayAsync(channel.Trainer, end, locale);

        var final = ChannelQuizHarness.Texts(channel.Posted[^1]);
        Assert.Equal([finalTitle, ended], final.Take(2));
        Assert.Single(channel.Replaced.Skip(1)); // the second question's card closed too
        Assert.Equal(5, channel.Posted.Count); // question, results, question, results, final: the third never asked
    }

    [Fact]
    public async Task StartQuiz_AnUnknownTopicWithANumber_RefusedWithTheTopicsThereAre()
    {
        using var channel = new ChannelQuizHarness();

        var said = await channel.SayAsync(channel.Trainer, "start quiz parking 3");

        Assert.StartsWith("I have no questions on that. Topics: ", Assert.Single(said), StringComparison.Ordinal);
        Assert.Empty(channel.Posted);
    }

    [Fact]
    public async Task FinalBoard_TwoOnTheSamePoints_ShareTheFirstPlaceAndBothWin()
    {
        using var channel = new ChannelQuizHarness();
        await channel.SayAsync(channel.Trainer, "start quiz discounts 1");
        var card = channel.Posted[0];
        await channel.PressAsync(channel.Trainees[0], card, channel.Letter(card, right: true));
        await channel.PressAsync(channel.Trainees[1], card, channel.Letter(card, right: true));

        await channel.AdvanceAsync(TimeSpan.FromSeconds(33));

        Assert.Equal(["Quiz over: Discounts", "Well done, Lan, Tuan!", "Leaderboard", "1 · Lan: 1,000 points (1 right)", "1 · Tuan: 1,000 points (1 right)"], ChannelQuizHarness.Texts(channel.Posted[^1]));
    }

    internal static string QuizIdOf(JsonNode card) => (string)card["refresh"]!["action"]!["data"]!["quiz"]!;
}
