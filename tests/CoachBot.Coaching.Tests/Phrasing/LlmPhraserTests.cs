using System.Diagnostics.Metrics;
using CoachBot.Coaching.Phrasing;
using CoachBot.Dialogs;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CoachBot.Coaching.Tests.Phrasing;

/// <summary>
/// The phraser's decisions with the LLM mocked (Moq): an answer that keeps the facts replaces the rules' words and is
/// cached; a changed figure, a missing line, a new promise or another language is discarded for the rules' words and
/// counted by reason; an answer later than the budget, an error, or an open circuit sends the rules' words at once; the
/// circuit closes again after its break. Time is a fake clock: no test waits.
/// </summary>
public sealed class LlmPhraserTests : IDisposable
{
    private const string Headline = "Discount: 10% off the 120 rate";
    private const string SayNow = "I can offer 10% off tonight's 120 rate, so 108. Shall I book it?";

    private static readonly PromptLibrary Prompts = PromptLibrary.LoadAsync(PromptLibraryTests.Shipped, default).GetAwaiter().GetResult().Library!;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 1, 15, 8, 30, 0, TimeSpan.Zero));
    private readonly Mock<IChatClient> _chat = new(MockBehavior.Strict);
    private readonly LlmPhraser _phraser;

    public LlmPhraserTests() =>
        _phraser = new LlmPhraser(_chat.Object, Prompts, new FactGuard(new FactGuardOptions()), new PhraserOptions(), _time, NullLogger<LlmPhraser>.Instance);

    private static PhraseRequest Request(ReplyLanguage? language = null) =>
        new(PromptIds.RephraseStaff, language ?? ReplyLanguage.English, "polite, at a hotel desk", Headline, SayNow, ["discount.within-authority"], ["Minh"]);

    [Fact]
    public async Task PhraseAsync_AnswerThatKeepsTheFacts_ReplacesTheRulesWordsAndIsCached()
    {
        Answers("HEADLINE: 10% off the 120 rate is yours to give\nSAY: Tonight I can take 10% off the 120 rate, so 108. Shall I book that?");

        var first = await _phraser.PhraseAsync(Request(), default);
        var second = await _phraser.PhraseAsync(Request(), default);

        Assert.Equal(PhraseOutcome.Phrased, first.Outcome);
        Assert.Equal("Tonight I can take 10% off the 120 rate, so 108. Shall I book that?", first.SayNow);
        Assert.True(first.ByLlm);
        Assert.Equal(PhraseOutcome.Cached, second.Outcome);
        Assert.Equal(first.SayNow, second.SayNow);
        _chat.Verify(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Theory]
    [InlineData("HEADLINE: 15% off the 120 rate\nSAY: I can offer 15% off tonight's 120 rate, so 102.", GuardReason.FigureDropped)]
    [InlineData("HEADLINE: 10% off the 120 rate\nSAY: I can offer 10% off the 120 rate, so 108, and breakfast for free.", GuardReason.PromiseAdded)]
    [InlineData("HEADLINE: 10% off the 120 rate", GuardReason.Empty)]
    [InlineData("HEADLINE: 120的房价优惠10%\nSAY: 今晚120的房价可以优惠10%，即108。", GuardReason.WrongLanguage)]
    public async Task PhraseAsync_AnswerThatChangesAFact_DiscardedForTheRulesWordsAndCountedByReason(string answer, GuardReason reason)
    {
        Answers(answer);
        var counted = new List<string>();
        using var listener = Listen("coachbot.phrasing.rejections", (tag, _) => counted.Add(tag));

        var text = await _phraser.PhraseAsync(Request(), default);

        Assert.Equal(PhraseOutcome.Rejected, text.Outcome);
        Assert.Equal(reason, text.Rejected);
        Assert.Equal((Headline, SayNow), (text.Headline, text.SayNow));
        Assert.False(text.ByLlm);
        Assert.Equal([reason.ToString()], counted);
    }

    [Fact]
    public async Task PhraseAsync_AnswerLaterThanTheBudget_TheRulesWordsAtTheBudget()
    {
        _chat.Setup(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()))
            .Returns(async (IEnumerable<ChatMessage> _, ChatOptions? _, CancellationToken token) =>
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, _time, token);
                return new ChatResponse(new ChatMessage(ChatRole.Assistant, "too late"));
            });

        var pending = _phraser.PhraseAsync(Request(), default);
        _time.Advance(TimeSpan.FromMilliseconds(799));
        Assert.False(pending.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(2));
        var text = await pending.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(PhraseOutcome.TimedOut, text.Outcome);
        Assert.Equal(SayNow, text.SayNow);
    }

    [Fact]
    public async Task PhraseAsync_ServiceKeepsFailing_CircuitOpensWithoutCallingThenClosesAfterItsBreak()
    {
        _chat.Setup(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("503"));
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(PhraseOutcome.Failed, (await _phraser.PhraseAsync(Request(), default)).Outcome);
        }

        var open = await _phraser.PhraseAsync(Request(), default);
        _chat.Verify(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()), Times.Exactly(5));

        _time.Advance(TimeSpan.FromSeconds(31));
        Answers("HEADLINE: 10% off the 120 rate is yours to give\nSAY: Tonight I can take 10% off the 120 rate, so 108. Shall I book that?");
        var recovered = await _phraser.PhraseAsync(Request(), default);

        Assert.Equal(PhraseOutcome.CircuitOpen, open.Outcome);
        Assert.Equal(SayNow, open.SayNow);
        Assert.Equal(PhraseOutcome.Phrased, recovered.Outcome);
    }

    [Fact]
    public async Task PhraseAsync_Prompt_AsksInTheUsersLanguageWithTheFactsToKeepAndNothingElse()
    {
        IReadOnlyList<ChatMessage>? sent = null;
        _chat.Setup(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()))
            .Callback((IEnumerable<ChatMessage> messages, ChatOptions? _, CancellationToken _) => sent = [.. messages])
            .ReturnsAsync(new ChatResponse(new ChatMessage(ChatRole.Assistant, "HEADLINE: x\nSAY: y")));

        await _phraser.PhraseAsync(Request(ReplyLanguage.Vietnamese), default);

        Assert.NotNull(sent);
        Assert.Contains("Write in Vietnamese", sent[0].Text, StringComparison.Ordinal);
        Assert.Contains("Keep exactly these facts, written the same way: 10%, 120, 108.", sent[0].Text, StringComparison.Ordinal);
        Assert.Equal($"HEADLINE: {Headline}\nSAY: {SayNow}\n", sent[1].Text);
    }

    [Fact]
    public async Task PhraseAsync_SameAdviceTwiceAtOnce_OneCallAnswersBoth()
    {
        var answer = new TaskCompletionSource<ChatResponse>();
        _chat.Setup(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>())).Returns(answer.Task);

        var first = _phraser.PhraseAsync(Request(), default);
        var second = _phraser.PhraseAsync(Request(), default);
        answer.SetResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, GoodAnswer)));

        Assert.Equal(PhraseOutcome.Phrased, (await first.WaitAsync(TimeSpan.FromSeconds(10))).Outcome);
        Assert.Equal(PhraseOutcome.Phrased, (await second.WaitAsync(TimeSpan.FromSeconds(10))).Outcome);
        _chat.Verify(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task PhraseLateAsync_WithLateAnswersOn_TheCallThatMissedTheBudgetStillAnswersAndIsCached()
    {
        using var phraser = new LlmPhraser(_chat.Object, Prompts, new FactGuard(new FactGuardOptions()), new PhraserOptions { LateAnswerTimeout = TimeSpan.FromSeconds(10) }, _time, NullLogger<LlmPhraser>.Instance);
        var answer = new TaskCompletionSource<ChatResponse>();
        _chat.Setup(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>())).Returns(answer.Task);

        var atTheDesk = phraser.PhraseAsync(Request(), default);
        await WaitUntilCalledAsync();
        _time.Advance(TimeSpan.FromMilliseconds(801));
        var sent = await atTheDesk.WaitAsync(TimeSpan.FromSeconds(10));
        var late = phraser.PhraseLateAsync(Request(), default);
        _time.Advance(TimeSpan.FromSeconds(3));
        answer.SetResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, GoodAnswer)));
        var replaced = await late.WaitAsync(TimeSpan.FromSeconds(10));
        var next = await phraser.PhraseAsync(Request(), default);

        Assert.Equal((PhraseOutcome.TimedOut, SayNow), (sent.Outcome, sent.SayNow));
        Assert.Equal(PhraseOutcome.Phrased, replaced.Outcome);
        Assert.Equal(PhraseOutcome.Cached, next.Outcome);
        _chat.Verify(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task PhraseLateAsync_NoCallRunning_TheRulesWordsWithoutASecondCall()
    {
        var late = await _phraser.PhraseLateAsync(Request(), default);

        Assert.Equal((PhraseOutcome.Failed, SayNow), (late.Outcome, late.SayNow));
        _chat.Verify(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task PhraseAsync_WithLateAnswersOn_AnLlmThatKeepsMissingTheBudgetIsNotWaitedForDuringTheBreak()
    {
        using var phraser = new LlmPhraser(_chat.Object, Prompts, new FactGuard(new FactGuardOptions()), new PhraserOptions { LateAnswerTimeout = TimeSpan.FromSeconds(10) }, _time, NullLogger<LlmPhraser>.Instance);
        _chat.Setup(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()))
            .Returns(new TaskCompletionSource<ChatResponse>().Task);
        for (var i = 0; i < 5; i++)
        {
            var pending = phraser.PhraseAsync(Request() with { SayNow = $"{SayNow} ({i})" }, default);
            await WaitUntilCalledAsync(i + 1);
            _time.Advance(TimeSpan.FromMilliseconds(801));
            Assert.Equal(PhraseOutcome.TimedOut, (await pending.WaitAsync(TimeSpan.FromSeconds(10))).Outcome);
        }

        var during = await phraser.PhraseAsync(Request(), default);
        _time.Advance(TimeSpan.FromSeconds(31));
        var after = phraser.PhraseAsync(Request(), default);
        await WaitUntilCalledAsync(6);

        Assert.Equal(PhraseOutcome.CircuitOpen, during.Outcome);
        Assert.Equal(6, _chat.Invocations.Count);
        Assert.False(after.IsCompleted);
    }

    [Theory]
    [InlineData("Oh, is that really all you can do?", PhraseOutcome.Phrased, GuardReason.None)]
    [InlineData("Make it 100 and we have a deal.", PhraseOutcome.Rejected, GuardReason.FigureAdded)]
    [InlineData("Fine, and you'll refund my taxi too.", PhraseOutcome.Rejected, GuardReason.PromiseAdded)]
    public async Task VoiceAsync_AReactionBeforeTheScriptsLine_KeptWhenItAddsNoFactElseTheLineAlone(string reaction, PhraseOutcome outcome, GuardReason reason)
    {
        const string Line = "So 10% off the 120 rate makes it 108? I expected more as a regular.";
        IReadOnlyList<ChatMessage>? sent = null;
        _chat.Setup(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()))
            .Callback((IEnumerable<ChatMessage> messages, ChatOptions? _, CancellationToken _) => sent = [.. messages])
            .ReturnsAsync(new ChatResponse(new ChatMessage(ChatRole.Assistant, reaction)));

        var voiced = await _phraser.VoiceAsync(new VoiceRequest(ReplyLanguage.English, "the hotel guest", "A regular asks for a better rate.", Line, "I can do 10% off tonight.", ["Minh"]), default);

        Assert.Equal((outcome, reason), (voiced.Outcome, voiced.Rejected));
        Assert.Equal(outcome == PhraseOutcome.Phrased ? $"{reaction} {Line}" : Line, voiced.SayNow);
        Assert.Contains("The script says your next line is: " + Line, sent![0].Text, StringComparison.Ordinal);
        Assert.Equal("I can do 10% off tonight.\n", sent[1].Text);
    }

    public void Dispose() => _phraser.Dispose();

    private const string GoodAnswer = "HEADLINE: 10% off the 120 rate is yours to give\nSAY: Tonight I can take 10% off the 120 rate, so 108. Shall I book that?";

    private async Task WaitUntilCalledAsync(int calls = 1)
    {
        for (var i = 0; i < 200 && _chat.Invocations.Count < calls; i++)
        {
            await Task.Delay(10);
        }
    }

    private void Answers(string text) =>
        _chat.Setup(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ChatResponse(new ChatMessage(ChatRole.Assistant, text)) { Usage = new UsageDetails { InputTokenCount = 120, OutputTokenCount = 30 } });

    private static MeterListener Listen(string instrument, Action<string, long> measured)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (i, l) =>
            {
                if (i.Meter.Name == LlmPhraser.MeterName && i.Name == instrument)
                {
                    l.EnableMeasurementEvents(i);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) => measured((string)tags[0].Value!, value));
        listener.Start();
        return listener;
    }
}
