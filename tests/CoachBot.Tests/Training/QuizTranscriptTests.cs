using CoachBot.Coaching.Training;
using CoachBot.Dialogs;
using CoachBot.Hosting;
using CoachBot.State;
using CoachBot.Tests.Coaching.Support;
using CoachBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.Training;

/// <summary>
/// 1:1 quizzes through the real endpoint (issue 12, point 2), in English, Vietnamese and Chinese: "quiz me on …" starts
/// five questions on the topic as cards; each tap (an Action.Execute, as Teams sends it) turns the card into the verdict
/// with why and the source, and the next question follows; the last answer brings the score and what to practise; "my
/// scores" shows it; a missed question is the first one asked once it is due again. The tests read which letter is right
/// from the shipped question bank, as a trainer holding the answer key would.
/// </summary>
public sealed class QuizTranscriptTests : IDisposable
{
    private readonly TranscriptFixture _fixture = new();

    public static TheoryData<string, string, string, string, string, string> Languages => new()
    {
        { "en-US", "quiz me on complaints", "Quiz · Complaints · 1 of 5", "✓ Right", "✗ Not quite", "Quiz done: 4 of 5 right (80%)" },
        { "vi-VN", "kiểm tra tôi về khiếu nại", "Trắc nghiệm · Xử lý khiếu nại · câu 1/5", "✓ Đúng rồi", "✗ Chưa đúng", "Xong bài: đúng 4/5 câu (80%)" },
        { "zh-CN", "考考我投诉", "测验 · 投诉处理 · 第1题，共5题", "✓ 答对了", "✗ 不太对", "测验完成：答对4/5题（80%）" },
        { "zh-TW", "考考我客訴", "測驗 · 客訴處理 · 第1題，共5題", "✓ 答對了", "✗ 不太對", "測驗完成：答對4/5題（80%）" },
    };

    private QuizBank Bank => _fixture.Host.Services.GetRequiredService<CoachingContent>().Current.Quiz;

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task QuizMe_FiveQuestionsTappedOneMissed_VerdictsWithWhyAndSourceThenTheScoreAndWhatToPractise(
        string locale, string ask, string firstTitle, string right, string wrong, string done)
    {
        using var trainee = _fixture.Chat(locale);

        var card = Assert.Single(await trainee.SaysAsync(ask));
        Assert.Equal(firstTitle, Card.Title(card));
        var missed = QuestionOn(card);
        Assert.Equal("complaints", missed.Topic);

        for (var i = 0; i < 5; i++)
        {
            var question = QuestionOn(card);
            var replies = await AnswerAsync(trainee, card, right: i != 0);

            var verdict = replies[0];
            Assert.True(Card.IsRefreshed(verdict), "The verdict takes the question card's place.");
            Assert.StartsWith(i == 0 ? wrong : right, Card.Title(verdict), StringComparison.Ordinal);
            Assert.Equal(question.Why.For(Reading(locale)), Card.Sections(verdict).Single().Lines[0]);
            Assert.Contains(Card.Lines(verdict), l => question.Sources.All(id => l.Contains(id, StringComparison.Ordinal)));
            Assert.Equal(i == 0 ? 3 : 2, Card.Lines(verdict).Count); // your answer, [the answer,] the source
            card = replies[^1];
        }

        Assert.Equal(done, Card.Title(card));
        var practise = Card.Sections(card).Single();
        Assert.All(missed.Sources, id => Assert.Contains(practise.Lines, l => l.StartsWith(id, StringComparison.Ordinal)));
        Assert.Contains("10:10", Card.Text(card), StringComparison.Ordinal); // the miss comes back 10 minutes after it was made (clock at 10:00)
        var stored = await _fixture.Host.Services.GetRequiredService<ITrainingStore>().GetTrainingResultsAsync(trainee.Client.UserId, TrainingResult.QuizKind, default);
        Assert.Equal(5, stored.Count);
        Assert.Equal([false, true, true, true, true], stored.Select(r => r.Passed));
    }

    [Fact]
    public async Task QuizMe_AMissedQuestionOnceDue_IsAskedFirstAndMyScoresShowsTheResult()
    {
        using var trainee = _fixture.Chat();
        var card = Assert.Single(await trainee.SaysAsync("quiz me on the wedge"));
        var missed = QuestionOn(card);
        for (var i = 0; i < 5; i++)
        {
            card = (await AnswerAsync(trainee, card, right: i != 0))[^1];
        }

        var soon = Assert.Single(await trainee.SaysAsync("quiz me on the wedge"));
        Assert.NotEqual(missed.Id, QuestionOn(soon).Id); // not due yet: a relearning step is minutes away
        await trainee.SaysAsync("cancel");

        _fixture.Clock.Advance(TimeSpan.FromMinutes(15));
        var later = Assert.Single(await trainee.SaysAsync("quiz me on the wedge"));
        Assert.Equal(missed.Id, QuestionOn(later).Id);

        var scores = Assert.Single(await trainee.SaysAsync("my scores"));
        Assert.Equal("Your scores", Card.Title(scores));
        Assert.StartsWith("Last quiz: 4 of 5 right · The Wedge", Card.Text(scores), StringComparison.Ordinal);
        Assert.Equal("1 due for review now.", Card.Lines(scores)[0]);
        Assert.Equal(["The Wedge: 80% right (5 answered)"], Card.Section(scores, "By topic"));
        var weak = Card.Section(scores, "Practise next");
        Assert.NotEmpty(weak);
        Assert.All(weak, l => Assert.Contains(missed.Sources, id => l.StartsWith(id + " ", StringComparison.Ordinal)));
        Assert.All(weak, l => Assert.Matches(@": missed 1 of \d$", l));
    }

    [Fact]
    public async Task QuizMe_TypedLettersAndASecondTapOnAnAnsweredCard_GradedOnceEach()
    {
        using var trainee = _fixture.Chat();
        var first = Assert.Single(await trainee.SaysAsync("quiz me"));
        Assert.Equal("Quiz · 1 of 5", Card.Title(first));

        var typed = await trainee.SaysAsync(TypedAnswer(first));
        Assert.StartsWith("✓ Right", Card.Title(typed[0]), StringComparison.Ordinal);
        var second = typed[^1];
        Assert.Equal("Quiz · 2 of 5", Card.Title(second));

        var tapped = await AnswerAsync(trainee, second, right: true);
        var again = await trainee.RefinesAsync(second, second.Buttons[0]);

        Assert.Equal(Card.Title(tapped[0]), Card.Title(Assert.Single(again)));
        var stored = await _fixture.Host.Services.GetRequiredService<ITrainingStore>().GetTrainingResultsAsync(trainee.Client.UserId, TrainingResult.QuizKind, default);
        Assert.Equal(2, stored.Count);
    }

    [Fact]
    public async Task QuizMe_ASituationTypedMidQuiz_AdviceFirstThenTheQuizSaysItStopped()
    {
        using var trainee = _fixture.Chat();
        var card = Assert.Single(await trainee.SaysAsync("quiz me on discounts"));
        await AnswerAsync(trainee, card, right: true);

        var replies = await trainee.SaysAsync("A guest is shouting that his bag was stolen from the lobby");

        Assert.Equal(2, replies.Count);
        Assert.NotNull(Card.More(replies[0]));
        Assert.Equal("Quiz stopped: 1 of 4 answered, 1 right.", replies[1].Text);
        var stale = await trainee.SaysAsync("b");
        Assert.DoesNotContain(stale, m => Card.Title(m)?.StartsWith('✓') == true || Card.Title(m)?.StartsWith('✗') == true);
    }

    [Theory]
    [InlineData("quiz me on parking", "I have no questions on that. I can quiz you on: ")]
    [InlineData("đố tôi về đỗ xe", "Em chưa có câu hỏi về chủ đề đó.")]
    public async Task QuizMe_OnATopicTheBankHasNot_SaysWhichTopicsThereAre(string ask, string expected)
    {
        using var trainee = _fixture.Chat();

        var reply = Assert.Single(await trainee.SaysAsync(ask));

        Assert.StartsWith(expected, reply.Text, StringComparison.Ordinal);
        Assert.Equal(Bank.Topics.Count, reply.Buttons.Count);
    }

    [Fact]
    public async Task ForgetMyData_AfterAQuiz_TheAnswersAreGoneButRemovingTheBotFromAChatKeepsThem()
    {
        using var trainee = _fixture.Chat();
        using var other = _fixture.Chat();
        var card = Assert.Single(await trainee.SaysAsync("quiz me on aidaa"));
        await AnswerAsync(trainee, card, right: true);
        card = Assert.Single(await other.SaysAsync("quiz me on aidaa"));
        await AnswerAsync(other, card, right: false);
        var store = _fixture.Host.Services.GetRequiredService<IStateStore>();

        await store.DeleteConversationAsync(other.Client.ConversationId, default);
        await trainee.SaysAsync("forget my data");

        Assert.Empty(await store.GetTrainingResultsAsync(trainee.Client.UserId, TrainingResult.QuizKind, default));
        Assert.Single(await store.GetTrainingResultsAsync(other.Client.UserId, TrainingResult.QuizKind, default));
    }

    [Fact]
    public async Task QuizMe_AnOptionsWholeTextOrTheAnswerIsB_IsTheAnswerNotANewSituation()
    {
        using var trainee = _fixture.Chat();
        var card = Assert.Single(await trainee.SaysAsync("quiz me on complaints"));
        var question = QuestionOn(card);
        var key = question.Options.First(o => o.Id == question.Answer[0]).Text.En;
        if (question.Kind == QuizKind.Order)
        {
            card = (await AnswerAsync(trainee, card, right: true))[^1];
            question = QuestionOn(card);
            key = question.Options.First(o => o.Id == question.Answer[0]).Text.En;
        }

        var typed = await trainee.SaysAsync(key);

        Assert.StartsWith(question.Kind == QuizKind.Order ? "✗" : "✓ Right", Card.Title(typed[0]), StringComparison.Ordinal);
        var next = typed[^1];
        var letter = TypedAnswer(next);
        var answered = await trainee.SaysAsync(QuestionOn(next).Kind == QuizKind.Order ? letter : $"the answer is {letter}");
        Assert.StartsWith("✓ Right", Card.Title(answered[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StopQuiz_Pressed_TheQuizEndsAndItsLettersSaySo()
    {
        using var trainee = _fixture.Chat();
        var card = Assert.Single(await trainee.SaysAsync("quiz me on aidaa"));

        await trainee.PressesAsync(card, "Stop quiz");
        var late = Assert.Single(await trainee.RefinesAsync(card, "A"));

        Assert.Equal("That quiz is over. Say \"quiz me\" for a new one.", late.Text);
        Assert.Empty(await _fixture.Host.Services.GetRequiredService<ITrainingStore>().GetTrainingResultsAsync(trainee.Client.UserId, TrainingResult.QuizKind, default));
    }

    [Theory]
    [InlineData("give me 5 questions about handling an incumbent", "Quiz · The Wedge · 1 of 5")]
    [InlineData("cho mình bộ câu hỏi trắc nghiệm", "Trắc nghiệm · câu 1/5")]
    [InlineData("出几道测验题", "测验 · 第1题，共5题")]
    public async Task AQuizRequestInOtherWords_StartsAQuizNotARolePlay(string ask, string title)
    {
        using var trainee = _fixture.Chat();

        Assert.Equal(title, Card.Title(Assert.Single(await trainee.SaysAsync(ask))));
    }

    public void Dispose() => _fixture.Dispose();

    private static ReplyLanguage Reading(string locale) => locale switch
    {
        "vi-VN" => ReplyLanguage.Vietnamese,
        "zh-CN" => ReplyLanguage.Chinese,
        "zh-TW" => ReplyLanguage.TraditionalChinese,
        _ => ReplyLanguage.English,
    };

    private QuizQuestion QuestionOn(BotMessage card)
    {
        var prompt = Card.Text(card);
        return Bank.Questions.Single(q => q.Prompt.All.Contains(prompt));
    }

    // Taps the key (every step in order for an order question) or, for a miss, the first letter that is not it.
    private async Task<IReadOnlyList<BotMessage>> AnswerAsync(RecordedChat trainee, BotMessage card, bool right)
    {
        var question = QuestionOn(card);
        var letterOf = card.Buttons.ToDictionary(b => card.SubmitValueOf(b).Split(':')[^1], b => b);
        IReadOnlyList<string> taps = question.Kind == QuizKind.Order
            ? (right ? question.Answer : [.. question.Answer.Reverse()])
            : [right ? question.Answer[0] : letterOf.Keys.First(id => id != question.Answer[0])];
        IReadOnlyList<BotMessage> replies = [];
        foreach (var option in taps)
        {
            // A step of an order question refreshes the card with the order so far; its letters stay the same.
            replies = await trainee.RefinesAsync(card, letterOf[option]);
            card = replies[0];
        }

        return replies;
    }

    // The key as letters typed the way a trainee would ("b", or "C A B D" for an order).
    private string TypedAnswer(BotMessage card)
    {
        var question = QuestionOn(card);
        var letterOf = card.Buttons.ToDictionary(b => card.SubmitValueOf(b).Split(':')[^1], b => b);
        return string.Join(" ", question.Answer.Select(id => letterOf[id].ToLowerInvariant()));
    }
}
