using CoachBot.Tests.Coaching.Support;
using CoachBot.Tests.Support;

namespace CoachBot.Tests.Llm;

/// <summary>
/// What leaves the bot for the LLM (issue 14, point 6), read at the fake Azure OpenAI resource: for advice, only the
/// rules' headline and line to say and the facts in them, never the guest's name, room or phone nor anything else the
/// staffer typed; a tenant that switched phrasing off sends nothing at all.
/// </summary>
public sealed class PhrasingPrivacyTests : IAsyncLifetime, IDisposable
{
    private FakeAzureOpenAi _azure = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _azure = await FakeAzureOpenAi.StartAsync();
        _azure.Responder = (_, user) => user;
        _host = new BotHost();
        _host.Settings["Coaching:RootDialog"] = "coach";
        _azure.Serve(_host);
        _host.Settings["Llm:BudgetMilliseconds"] = "5000";
    }

    public async Task DisposeAsync() => await _azure.DisposeAsync();

    public void Dispose() => _host.Dispose();

    [Theory]
    [InlineData("en-US", "Mr Hoang Bao in room 1204, phone 0903 555 121, is shouting that his bag is lost and he wants money", new[] { "Hoang", "Bao", "1204", "0903", "555", "shouting" })]
    [InlineData("vi-VN", "Anh Hoàng Bảo phòng 1204, số điện thoại 0903 555 121, đang la hét vì mất túi và đòi tiền", new[] { "Hoàng", "Bảo", "1204", "0903", "555", "la hét" })]
    [InlineData("zh-CN", "1204房的黄宝先生，电话0903 555 121，大声说他的包丢了，要求赔钱", new[] { "黄宝", "1204", "0903", "555", "大声" })]
    public async Task Advice_AGuestsDetailsInTheMessage_OnlyTheRulesWordsReachTheLlm(string locale, string situation, string[] private_)
    {
        using var chat = new BotClient(_host.CreateClient(), _host.Connector) { Locale = locale };

        var advice = (await chat.SendAsync(situation))[0];

        var request = Assert.Single(_azure.Requests);
        var sent = string.Join("\n", request.Body["messages"]!.AsArray().Select(m => (string)m!["content"]!));
        Assert.All(private_, word => Assert.DoesNotContain(word, sent, StringComparison.Ordinal));
        var user = (string)request.Body["messages"]![1]!["content"]!;
        Assert.Equal($"HEADLINE: {Card.Title(advice)}\nSAY: {SayNow(advice)}\n", user);
    }

    [Fact]
    public async Task Advice_ForATenantThatSwitchedPhrasingOff_NothingIsSent()
    {
        _host.Settings["Llm:DisabledTenants:0"] = "tenant-1";
        using var chat = new BotClient(_host.CreateClient(), _host.Connector);

        var advice = (await chat.SendAsync("The guest is shouting at the desk, his bag is lost and he wants money"))[0];

        Assert.Empty(_azure.Requests);
        Assert.False(Card.AiGenerated(advice));
    }

    /// <summary>The line to say as the card shows it: after "Say now: ", before the citation markers.</summary>
    private static string SayNow(BotMessage advice)
    {
        var text = Card.Text(advice);
        var start = text.IndexOfAny([':', '：']) + 1;
        var end = text.IndexOf(" [1]", StringComparison.Ordinal);
        return text[start..end].Trim();
    }
}
