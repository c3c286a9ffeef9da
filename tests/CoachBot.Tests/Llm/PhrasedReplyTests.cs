using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CoachBot.Tests.Support;

namespace CoachBot.Tests.Llm;

/// <summary>
/// Coaching replies through the real endpoint with <c>Llm:*</c> pointing at a fake Azure OpenAI resource (issue 14): the
/// advice card's line to say comes back rephrased (here: the rules' line marked "✓", in the same language) and the
/// message carries one schema.org Message entity with both the citations and the "AI generated" label; an answer that
/// alters a figure is discarded, and the rules' line goes out without the label, its citations intact.
/// </summary>
public sealed partial class PhrasedReplyTests : IAsyncLifetime, IDisposable
{
    private FakeAzureOpenAi _azure = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _azure = await FakeAzureOpenAi.StartAsync();
        _host = new BotHost();
        _host.Settings["Coaching:RootDialog"] = "coach";
        _azure.Serve(_host);
        _host.Settings["Llm:BudgetMilliseconds"] = "5000"; // a loaded test machine must not time out; the budget has its own tests
    }

    public async Task DisposeAsync() => await _azure.DisposeAsync();

    public void Dispose() => _host.Dispose();

    [Theory]
    [InlineData("en-US", "The guest is shouting at the desk, his bag is lost and he wants money")]
    [InlineData("vi-VN", "Khách đang la hét ở quầy, mất hành lý và đòi tiền")]
    [InlineData("zh-CN", "客人很生气，说叫醒服务没打电话，要求赔偿")]
    public async Task Advice_WithAnLlmThatKeepsTheFacts_ItsLineWithTheAiLabelAndTheCitations(string locale, string situation)
    {
        _azure.Responder = (_, user) => Said().Replace(user, "SAY: ✓ ");

        var activity = await FirstReplyAsync(locale, situation);

        Assert.Contains("✓ ", CardText(activity), StringComparison.Ordinal);
        var message = Assert.Single(activity["entities"]!.AsArray(), e => (string?)e!["type"] == "https://schema.org/Message")!;
        Assert.Equal(["AIGeneratedContent"], message["additionalType"]!.AsArray().Select(t => (string)t!));
        Assert.NotEmpty(message["citation"]!.AsArray());
    }

    [Fact]
    public async Task Advice_WithAnLlmThatChangesAFigure_TheRulesLineWithoutTheLabelAndTheCitationsKept()
    {
        _azure.Responder = (_, user) => Said().Replace(user, "SAY: Offer him 50% off and ");

        var activity = await FirstReplyAsync("en-US", "A regular wants $5 more off in peak season, we already gave 10% on the 120 rate");

        Assert.DoesNotContain("50%", CardText(activity), StringComparison.Ordinal);
        var message = Assert.Single(activity["entities"]!.AsArray(), e => (string?)e!["type"] == "https://schema.org/Message")!;
        Assert.Null(message["additionalType"]);
        Assert.NotEmpty(message["citation"]!.AsArray());
        Assert.NotEmpty(_azure.Requests);
    }

    [Fact]
    public async Task Plain_SaidByAUser_TheirAdviceInTheRulesWordsUntilTheyAskForAiWordingAgain()
    {
        _azure.Responder = (_, user) => Said().Replace(user, "SAY: ✓ ");
        using var chat = new BotClient(_host.CreateClient(), _host.Connector);
        const string Situation = "The guest is shouting at the desk, his bag is lost and he wants money";

        var switched = await chat.SendAsync("plain");
        var plain = (await chat.SendAsync(Situation))[0].Activity;
        var back = await chat.SendAsync("AI wording");
        var phrased = (await chat.SendAsync("start over"), await chat.SendAsync(Situation)).Item2[0].Activity;

        Assert.StartsWith("Done: from now on I answer you in the playbooks' own words", Assert.Single(switched).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("✓ ", CardText(plain), StringComparison.Ordinal);
        Assert.StartsWith("Done: the advice may be reworded by AI again", Assert.Single(back).Text, StringComparison.Ordinal);
        Assert.Contains("✓ ", CardText(phrased), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plain_WithoutAnLlm_SaysEveryAnswerIsInTheRulesWords()
    {
        using var host = new BotHost();
        host.Settings["Coaching:RootDialog"] = "coach";
        using var chat = new BotClient(host.CreateClient(), host.Connector);

        var said = await chat.SendAsync("plain");

        Assert.Equal("There is no AI rewording here: every answer is in the playbooks' own words.", Assert.Single(said).Text);
    }

    private async Task<JsonNode> FirstReplyAsync(string locale, string situation)
    {
        using var chat = new BotClient(_host.CreateClient(), _host.Connector) { Locale = locale };
        var replies = await chat.SendAsync(situation);
        return replies[0].Activity;
    }

    /// <summary>Every string in the card, as a reader sees it (the JSON text would escape "✓").</summary>
    private static string CardText(JsonNode activity)
    {
        var texts = new List<string>();
        Walk(activity["attachments"]![0]!["content"]);
        return string.Join("\n", texts);

        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (_, value) in o)
                    {
                        Walk(value);
                    }

                    break;
                case JsonArray a:
                    foreach (var item in a)
                    {
                        Walk(item);
                    }

                    break;
                case JsonValue v when v.TryGetValue<string>(out var text):
                    texts.Add(text);
                    break;
            }
        }
    }

    [GeneratedRegex("SAY: ")]
    private static partial Regex Said();
}
