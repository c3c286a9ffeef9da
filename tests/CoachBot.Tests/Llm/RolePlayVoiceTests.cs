using CoachBot.Coaching.Training;
using CoachBot.Dialogs;
using CoachBot.Hosting;
using CoachBot.Tests.Coaching.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.Llm;

/// <summary>
/// A training role-play with an LLM (issue 14, point 3): after the trainee's answer, the guest reacts to it in a few
/// words before the script's own line, which stays word for word (the next answer is graded against it); only the case,
/// the line and that answer are sent; the message is labelled "AI generated". A reaction that adds a figure is dropped.
/// </summary>
public sealed class RolePlayVoiceTests : IAsyncLifetime, IDisposable
{
    private FakeAzureOpenAi _azure = null!;
    private TranscriptFixture _fixture = null!;

    public async Task InitializeAsync()
    {
        _azure = await FakeAzureOpenAi.StartAsync();
        _fixture = new TranscriptFixture();
        _azure.Serve(_fixture.Host);
    }

    public async Task DisposeAsync() => await _azure.DisposeAsync();

    public void Dispose() => _fixture.Dispose();

    private RolePlayBook Book => _fixture.Host.Services.GetRequiredService<CoachingContent>().Current.RolePlays;

    [Theory]
    [InlineData("en-US", "en", "practise the lost bag")]
    [InlineData("vi-VN", "vi", "đóng vai túi bị mất")]
    [InlineData("zh-CN", "zh", "练习丢包")]
    public async Task Answer_TheGuestReactsToItBeforeTheScriptsLineWithTheAiLabel(string locale, string language, string ask)
    {
        _azure.Responder = (_, _) => "✓ Hm.";
        using var trainee = _fixture.Chat(locale);
        var scenario = Book.Scenario("lost-bag")!;
        var reading = ReplyLanguage.FromCode(language, traditional: false);
        await trainee.SaysAsync(ask);
        var answer = scenario.Turns[0].Model.For(reading);

        var replies = await trainee.SaysAsync(answer);

        var next = replies[^1];
        Assert.Matches("✓ Hm. ?" + System.Text.RegularExpressions.Regex.Escape(scenario.Turns[1].Says.For(reading)), next.Text);
        Assert.True(Card.AiGenerated(next));
        Assert.False(Card.AiGenerated(replies[0])); // the grading is the rules' own
        var request = Assert.Single(_azure.Requests);
        var messages = request.Body["messages"]!.AsArray();
        Assert.Contains(scenario.Setup.For(reading), (string)messages[0]!["content"]!, StringComparison.Ordinal);
        Assert.Equal(answer + "\n", (string)messages[1]!["content"]!);
        Assert.DoesNotContain(ask, request.Body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_AReactionThatAddsAFigure_TheScriptsLineAloneWithoutTheLabel()
    {
        _azure.Responder = (_, _) => "I want 500 dollars for it.";
        using var trainee = _fixture.Chat();
        var scenario = Book.Scenario("lost-bag")!;
        await trainee.SaysAsync("practise the lost bag");

        var replies = await trainee.SaysAsync(scenario.Turns[0].Model.En);

        var next = replies[^1];
        Assert.Contains(scenario.Turns[1].Says.En, next.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("500", next.Text, StringComparison.Ordinal);
        Assert.False(Card.AiGenerated(next));
        Assert.Single(_azure.Requests);
    }
}
