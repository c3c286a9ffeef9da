using System.Text.Json.Nodes;
using CoachBot.Tests.Coaching.Support;
using CoachBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoachBot.Tests.Llm;

/// <summary>
/// <c>Llm:ReplaceInPlace</c> through the real endpoint and Connector (issue 14, point 4): when the rephrase misses the
/// budget the staffer gets the rules' words at once, and the message is replaced in place (a PUT of the same activity)
/// by the rephrase when it arrives (its headline and line, nothing else), labelled "AI generated" with its citations; a
/// late rephrase that alters a figure never replaces anything, nor one of a card pressed meanwhile (it may have been
/// refined in place); and without the setting a late rephrase is simply dropped.
/// </summary>
public sealed class ReplaceInPlaceTests : IAsyncLifetime, IDisposable
{
    private const string Situation = "A regular wants $5 more off in peak season, we already gave 10% on the 120 rate";
    private const int KeptEvent = 7112;

    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly LogCapture _logs = new();
    private FakeAzureOpenAi _azure = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _azure = await FakeAzureOpenAi.StartAsync();
        _azure.Gate = _release.Task;
        _host = new BotHost { Replace = services => services.AddSingleton<ILoggerProvider>(_logs) };
        _host.Settings["Coaching:RootDialog"] = "coach";
        _azure.Serve(_host);
        _host.Settings["Llm:BudgetMilliseconds"] = "100";
        _host.Settings["Llm:ReplaceInPlace"] = "true";
    }

    public async Task DisposeAsync()
    {
        _release.TrySetResult();
        await _azure.DisposeAsync();
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task LateRephrase_ThatKeepsTheFacts_ReplacesTheSentMessageWithTheAiLabelAndItsCitations()
    {
        _azure.Responder = (_, user) => user.Replace("HEADLINE: ", "HEADLINE: ✦ ", StringComparison.Ordinal).Replace("SAY: ", "SAY: ✓ ", StringComparison.Ordinal);
        using var chat = _host.NewChat(expectReplies: false);

        var sent = (await chat.SendAsync(Situation))[0];
        _release.SetResult();
        var update = await UpdateAsync();

        Assert.DoesNotContain("✓", Card.Text(sent), StringComparison.Ordinal);
        Assert.False(Card.AiGenerated(sent));
        Assert.NotNull(update);
        Assert.EndsWith("/activities/" + Uri.EscapeDataString(SentId()), update.Path, StringComparison.Ordinal);
        var replaced = update.Message;
        Assert.StartsWith("Say now: ✓ ", Card.Text(replaced), StringComparison.Ordinal);
        Assert.True(Card.AiGenerated(replaced));
        Assert.Equal(Card.CitedIds(sent), Card.CitedIds(replaced));
        Assert.Equal("✦ " + Card.Title(sent), Card.Title(replaced));
        Assert.Equal(sent.Buttons, replaced.Buttons);
        Assert.Equal(Card.Section(sent, "Say now"), Card.Section(replaced, "Say now")); // behind More: the rules' own lines
        Assert.Equal(Card.Lines(sent), Card.Lines(replaced));
    }

    [Fact]
    public async Task LateRephrase_ThatAltersAFigure_LeavesTheRulesWords()
    {
        _azure.Responder = (_, user) => user.Replace("SAY: ", "SAY: Give 50% off and ", StringComparison.Ordinal);
        using var chat = _host.NewChat(expectReplies: false);

        var sent = (await chat.SendAsync(Situation))[0];
        _release.SetResult();

        // Bounded at 30 s: on a loaded CI machine the late call's answer, guarded and rejected, took longer than 10 s once.
        Assert.NotNull(await _logs.WaitForAsync(e => e.EventId == KeptEvent && e.Message.Contains("Rejected", StringComparison.Ordinal), polls: 600));
        Assert.DoesNotContain(_host.Connector.Calls, c => c.Method == HttpMethod.Put);
        Assert.DoesNotContain("50%", Card.Text(sent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LateRephrase_OfACardPressedMeanwhile_DoesNotOverwriteTheRefinedCard()
    {
        _azure.Responder = (_, user) => user.Replace("SAY: ", "SAY: ✓ ", StringComparison.Ordinal);
        using var chat = _host.NewChat(expectReplies: false);
        var sent = (await chat.SendAsync("A regular is complaining in front of his friends that we put fruit in his room he didn't want"))[0];
        var action = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "refine", ["data"] = new JsonObject { ["choice"] = sent.SubmitValueOf("Guest's mood? Upset") } },
            ["trigger"] = "manual",
        };

        using var pressed = await chat.PostAsync(chat.Prepare(ActivityJson.Invoke("adaptiveCard/action", action)).Remove("deliveryMode").Set("replyToId", SentId()).ToJson());
        _release.SetResult();
        await WaitForAnswerAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, pressed.StatusCode);
        Assert.Contains("adaptive", await pressed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(_host.Connector.Calls, c => c.Method == HttpMethod.Put);
    }

    [Fact]
    public async Task LateRephrase_WithoutReplaceInPlace_TheRulesWordsStayAndNothingIsReplaced()
    {
        _host.Settings["Llm:ReplaceInPlace"] = "false";
        _azure.Responder = (_, user) => user.Replace("SAY: ", "SAY: ✓ ", StringComparison.Ordinal);
        using var chat = _host.NewChat(expectReplies: false);

        var sent = (await chat.SendAsync(Situation))[0];
        _release.SetResult();
        await WaitForAnswerAsync();

        Assert.DoesNotContain("✓", Card.Text(sent), StringComparison.Ordinal);
        Assert.DoesNotContain(_host.Connector.Calls, c => c.Method == HttpMethod.Put);
    }

    private string SentId()
    {
        // The fake Connector numbers what it receives; the advice is the first message of the chat.
        var calls = _host.Connector.Calls.ToList();
        var index = calls.FindIndex(c => c.Method == HttpMethod.Post);
        return $"sent-{index + 1}";
    }

    private async Task<ConnectorCall?> UpdateAsync()
    {
        for (var i = 0; i < 200; i++)
        {
            if (_host.Connector.Calls.FirstOrDefault(c => c.Method == HttpMethod.Put) is { } update)
            {
                return update;
            }

            await Task.Delay(50);
        }

        return null;
    }

    private async Task WaitForAnswerAsync()
    {
        for (var i = 0; i < 100 && _azure.Requests.IsEmpty; i++)
        {
            await Task.Delay(50);
        }

        await Task.Delay(500); // released, the fake answers at once: long enough for a replacement that should not come
    }
}
