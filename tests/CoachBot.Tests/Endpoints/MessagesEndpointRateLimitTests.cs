using System.Net;
using System.Text.Json.Nodes;
using CoachBot.Tests.Support;

namespace CoachBot.Tests.Endpoints;

/// <summary>
/// One user's flood is refused with 429 and Retry-After while everyone else is answered; a channel full of
/// people pressing the same card at once is not a flood. The host runs with the production limits.
/// </summary>
public sealed class MessagesEndpointRateLimitTests : IDisposable
{
    private readonly BotHost _host = RateLimits.Production(new BotHost());

    [Fact]
    public async Task Post_OneUserFloods_FlooderGets429WithRetryAfterAndAnotherUserOnly200()
    {
        using var flooder = NewUser("29:user-flooder");
        using var bystander = NewUser("29:user-bystander");

        var flood = Task.WhenAll(Enumerable.Range(0, 200).Select(i => flooder.PostAsync(flooder.Message($"message {i}").ToJson())));
        for (var i = 0; i < 5; i++)
        {
            // A person's pace; SendAsync requires 200.
            await bystander.SendAsync(i == 0 ? "hi" : $"answer {i}");
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        var responses = await flood;
        try
        {
            Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.TooManyRequests, $"got {(int)r.StatusCode}"));
            var refused = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
            Assert.True(refused.Count > 0, $"One user sent 200 messages at once: {responses.Count(r => r.StatusCode == HttpStatusCode.OK)} answered 200, none refused with 429.");
            Assert.All(refused, r => Assert.True(r.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), $"Retry-After was '{r.Headers.RetryAfter}'"));
            await Problem.AssertAsync(refused[0], HttpStatusCode.TooManyRequests);
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }

    [Fact]
    public async Task Post_FiftyMembersSubmitACardAtOnce_AllAnswered()
    {
        var channel = $"19:{Guid.NewGuid():N}@thread.tacv2";
        var members = Enumerable.Range(0, 50).Select(i => NewUser($"29:member-{i}", channel)).ToList();

        var answers = await Task.WhenAll(members.Select(m => m.PostAsync(CardSubmit(m, channel).ToJson())));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        DisposeAll(answers, members);
    }

    [Fact]
    public async Task Post_FiftyMembersInvokeACardActionAtOnce_AllAnswered()
    {
        var channel = $"19:{Guid.NewGuid():N}@thread.tacv2";
        var members = Enumerable.Range(0, 50).Select(i => NewUser($"29:member-{i}", channel)).ToList();

        var answers = await Task.WhenAll(members.Select(m => m.PostAsync(CardAction(m, channel).ToJson())));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        DisposeAll(answers, members);
    }

    [Fact]
    public async Task Post_UserOutOfMessages_CanStillPressACard()
    {
        using var host = RateLimits.Production(new BotHost(), RateLimits.NoRefill);
        using var user = new BotClient(host.CreateClient(), host.Connector) { UserId = "29:user-typist" };
        for (var i = 0; i < 10; i++)
        {
            await user.SendAsync($"message {i}");
        }

        using var eleventh = await user.PostAsync(user.Message("one too many").ToJson());
        using var submit = await user.PostAsync(CardSubmit(user, user.ConversationId).ToJson());
        using var invoke = await user.PostAsync(CardAction(user, user.ConversationId).ToJson());

        Assert.Equal(HttpStatusCode.TooManyRequests, eleventh.StatusCode);
        Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, invoke.StatusCode);
    }

    [Fact]
    public async Task Post_UserFloodsCardSubmits_Gets429()
    {
        using var host = RateLimits.Production(new BotHost(), RateLimits.NoRefill);
        using var user = new BotClient(host.CreateClient(), host.Connector) { UserId = "29:user-clicker" };

        var answers = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => user.PostAsync(CardSubmit(user, user.ConversationId).ToJson())));

        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.TooManyRequests);
        DisposeAll(answers, []);
    }

    public void Dispose() => _host.Dispose();

    private BotClient NewUser(string userId, string? conversationId = null) => new(_host.CreateClient(), _host.Connector)
    {
        UserId = userId,
        ConversationId = conversationId ?? $"a:conv-{Guid.NewGuid():N}",
    };

    private static ActivityJson CardSubmit(BotClient member, string channel) =>
        member.Message(null).InConversation(channel, "channel").Set("value", new JsonObject { ["answer"] = "B" });

    private static ActivityJson CardAction(BotClient member, string channel) =>
        member.Prepare(ActivityJson.Invoke("adaptiveCard/action", new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "answer", ["data"] = new JsonObject { ["answer"] = "B" } },
        })).InConversation(channel, "channel");

    private static void DisposeAll(IEnumerable<HttpResponseMessage> answers, IEnumerable<BotClient> clients)
    {
        foreach (var disposable in answers.Cast<IDisposable>().Concat(clients))
        {
            disposable.Dispose();
        }
    }
}
