using System.Net;
using CoachBot.Tests.Support;

namespace CoachBot.Tests.State.Postgres;

/// <summary>
/// PostgreSQL going down under the bot (issue 15, point 3): the user gets the honest "try again" reply and
/// <c>/readyz</c> says the store is unavailable; once the server is back the bot answers again by itself, without a
/// restart, and the conversation goes on where it was.
/// </summary>
public sealed class PostgresRestartTests
{
    [Fact]
    public async Task ServerDownThenBack_TryAgainMeanwhileThenTheConversationGoesOn()
    {
        var server = await PostgresServer.StartAsync();
        using var host = BotHost.Postgres(await PostgresServer.CreateDatabaseAsync(server.ConnectionString));
        using var chat = host.NewChat();
        using var probe = host.CreateClient();
        Assert.Equal("Hi! What's your name?", Assert.Single(await chat.SendAsync("hi")).Text);

        await server.StopAsync();
        var down = Assert.Single(await chat.SendAsync("Alice"));
        using var notReady = await probe.GetAsync(new Uri("/readyz", UriKind.Relative));
        await server.StartAgainAsync();
        var ready = await ReadyAsync(probe);
        var back = Assert.Single(await chat.SendAsync("Alice"));

        Assert.Equal("Sorry, I can't reach my memory right now, so I couldn't handle that. Please try again in a moment.", down.Text);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        Assert.True(ready, "/readyz did not come back within 10 s of the server's restart");
        Assert.Equal("Which team are you on?", back.Text);
    }

    private static async Task<bool> ReadyAsync(HttpClient probe)
    {
        for (var i = 0; i < 50; i++)
        {
            using var response = await probe.GetAsync(new Uri("/readyz", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return true;
            }

            await Task.Delay(200);
        }

        return false;
    }
}
