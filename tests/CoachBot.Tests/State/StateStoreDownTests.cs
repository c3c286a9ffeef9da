using System.Net;
using CoachBot.State;
using CoachBot.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.State;

/// <summary>When the bot cannot reach its memory it says so honestly, never with a 500, and reports not ready.</summary>
public sealed class StateStoreDownTests : IDisposable
{
    private const string TryAgain = "Sorry, I can't reach my memory right now, so I couldn't handle that. Please try again in a moment.";

    private readonly BotHost _host;
    private OutageStateStore? _outage;

    public StateStoreDownTests() => _host = new BotHost
    {
        Replace = services => services.AddSingleton(sp => OutageStateStore.Wrap(new InMemoryStateStore(TimeProvider.System), out _outage)),
    };

    private OutageStateStore Outage
    {
        get
        {
            _ = _host.Services.GetRequiredService<IStateStore>();
            return _outage!;
        }
    }

    [Fact]
    public async Task Process_StoreDownWithExpectReplies_UserIsAskedToTryAgain()
    {
        using var client = _host.NewChat();
        Outage.IsDown = true;

        var replies = await client.SendAsync("hi");

        Assert.Equal(TryAgain, Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Process_StoreDownWithVietnameseClient_ApologisesInVietnamese()
    {
        using var client = new BotClient(_host.CreateClient(), _host.Connector) { Locale = "vi-VN" };
        Outage.IsDown = true;

        var replies = await client.SendAsync("xin chào");

        Assert.Equal("Xin lỗi, hiện em không truy cập được bộ nhớ nên chưa xử lý được. Bạn thử lại sau giây lát nhé.", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Process_StoreDownWithNormalDelivery_ApologyReachesTheConnector()
    {
        using var client = _host.NewChat(expectReplies: false);
        Outage.IsDown = true;

        var replies = await client.SendAsync("hi");

        Assert.Equal(TryAgain, Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Process_StoreBackAfterAnOutage_TheSameMessageIsAnsweredNormally()
    {
        using var client = _host.NewChat();
        var hi = client.Message("hi");
        Outage.IsDown = true;
        await client.SendAsync(hi);

        Outage.IsDown = false;
        var replies = await client.SendAsync(hi);

        // The failed turn was not recorded as seen, so trying again really tries again.
        Assert.Equal("Hi! What's your name?", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Probes_StoreDown_ReadyzIs503AndHealthzStays200()
    {
        using var http = _host.CreateClient();
        using var readyBefore = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
        Outage.IsDown = true;

        using var ready = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
        using var health = await http.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, readyBefore.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Process_SqliteFolderRemovedWhileRunning_TryAgainReplyAndNotReady()
    {
        using var directory = new TempDirectory();
        using var host = BotHost.Sqlite(directory.File("gone.db"));
        using var client = host.NewChat();
        Assert.Equal("Hi! What's your name?", Assert.Single(await client.SendAsync("hi")).Text);

        SqliteConnection.ClearAllPools();
        Directory.Delete(directory.Path, recursive: true);
        var replies = await client.SendAsync("Vy");
        using var ready = await client.Http.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(TryAgain, Assert.Single(replies).Text);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }

    public void Dispose() => _host.Dispose();
}
