using CoachBot.Coaching.Phrasing;
using CoachBot.Dialogs;
using CoachBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Llm;

/// <summary>
/// The host configured with <c>Llm:*</c> against a fake Azure OpenAI resource on loopback (issue 14): the real Azure
/// OpenAI client sends Azure's wire format (the deployment in the path, an api-version, the api-key header, the prompt's
/// system and user messages); a good answer is used, an altered figure or another language is discarded, a failure or
/// an answer later than the budget (on a fake clock) leaves the rules' words.
/// </summary>
public sealed class AzureOpenAiWireTests : IAsyncLifetime, IDisposable
{
    private const string Headline = "Discount: 10% off the 120 rate";
    private const string SayNow = "I can offer 10% off tonight's 120 rate, so 108. Shall I book it?";

    private readonly FakeTimeProvider _time = new(TimeProvider.System.GetUtcNow());
    private FakeAzureOpenAi _azure = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _azure = await FakeAzureOpenAi.StartAsync();
        _host = new BotHost();
        _azure.Serve(_host);
        _host.Replace = services => services.AddSingleton<TimeProvider>(_time);
    }

    public async Task DisposeAsync() => await _azure.DisposeAsync();

    public void Dispose() => _host.Dispose();

    private LlmPhraser Phraser => _host.Services.GetRequiredService<LlmPhraser>();

    private static PhraseRequest Request(string headline = Headline) =>
        new(PromptIds.RephraseStaff, ReplyLanguage.English, "polite, at a hotel desk", headline, SayNow, ["discount.within-authority"], ["Minh"]);

    [Fact]
    public async Task PhraseAsync_GoodAnswer_UsedAndSentInAzuresWireFormat()
    {
        _azure.Answer("HEADLINE: 10% off the 120 rate is yours to give\nSAY: Tonight I can take 10% off the 120 rate, so 108. Shall I book that?");

        var text = await Phraser.PhraseAsync(Request(), default);

        Assert.Equal(PhraseOutcome.Phrased, text.Outcome);
        Assert.Equal("Tonight I can take 10% off the 120 rate, so 108. Shall I book that?", text.SayNow);
        var sent = Assert.Single(_azure.Requests);
        Assert.Equal("coach-gpt", sent.Deployment);
        Assert.Equal("fake-azure-key", sent.ApiKey);
        Assert.False(string.IsNullOrEmpty(sent.ApiVersion));
        var messages = sent.Body["messages"]!.AsArray();
        Assert.Equal(["system", "user"], messages.Select(m => (string)m!["role"]!));
        Assert.Contains("Write in English", (string)messages[0]!["content"]!, StringComparison.Ordinal);
        Assert.Contains($"SAY: {SayNow}", (string)messages[1]!["content"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("HEADLINE: 15% off the 120 rate\nSAY: I can offer 15% off tonight's 120 rate, so 102.", GuardReason.FigureDropped)]
    [InlineData("HEADLINE: Giảm 10% trên giá 120\nSAY: Em giảm 10% giá 120 còn 108 nhé anh.", GuardReason.WrongLanguage)]
    public async Task PhraseAsync_AlteredOrWrongLanguageAnswer_TheRulesWords(string answer, GuardReason reason)
    {
        _azure.Answer(answer);

        var text = await Phraser.PhraseAsync(Request(), default);

        Assert.Equal((PhraseOutcome.Rejected, reason), (text.Outcome, text.Rejected));
        Assert.Equal(SayNow, text.SayNow);
    }

    [Fact]
    public async Task PhraseAsync_ServiceFails_TheRulesWordsWithoutARetry()
    {
        _azure.Fail(500);

        var text = await Phraser.PhraseAsync(Request(), default);

        Assert.Equal(PhraseOutcome.Failed, text.Outcome);
        Assert.Equal(SayNow, text.SayNow);
        Assert.Single(_azure.Requests);
    }

    [Fact]
    public async Task PhraseAsync_AnswerLaterThanTheBudget_TheRulesWordsAtEightHundredMilliseconds()
    {
        var release = _azure.Hold("HEADLINE: 10% off the 120 rate is yours to give\nSAY: Tonight I can take 10% off the 120 rate, so 108.");
        var phraser = Phraser;

        var pending = phraser.PhraseAsync(Request(), default);
        for (var i = 0; i < 200 && _azure.Requests.IsEmpty; i++)
        {
            await Task.Delay(25);
        }

        _time.Advance(TimeSpan.FromMilliseconds(801));
        var text = await pending.WaitAsync(TimeSpan.FromSeconds(10));
        release.SetResult();

        Assert.Equal(PhraseOutcome.TimedOut, text.Outcome);
        Assert.Equal(SayNow, text.SayNow);
    }

    [Fact]
    public void Start_WithoutAnEndpoint_NoPhraserAndNothingChanges()
    {
        using var plain = new BotHost();

        Assert.Null(plain.Services.GetService<LlmPhraser>());
        Assert.NotNull(plain.Services.GetService<PromptLibrary>());
    }
}
