using CoachBot.State;
using CoachBot.State.Postgres;
using CoachBot.Tests.Support;

namespace CoachBot.Tests.State.Postgres;

/// <summary>
/// Two instances' stores on one PostgreSQL database racing for the same outbox items (issue 15, point 2): each item
/// is claimed by exactly one of them, and an item of a dead instance is taken over once its lease runs out.
/// </summary>
public sealed class PostgresOutboxClaimTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Now = TimeProvider.System.GetUtcNow().AddSeconds(1);

    private PostgresStateStore _first = null!;
    private PostgresStateStore _second = null!;

    public async Task InitializeAsync()
    {
        var database = await PostgresServer.CreateDatabaseAsync();
        _first = new PostgresStateStore(database, TimeProvider.System);
        _second = new PostgresStateStore(database, TimeProvider.System);
        await Task.WhenAll(_first.InitializeAsync(default), _second.InitializeAsync(default));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
    }

    [Fact]
    public async Task TryClaim_BothInstancesRaceForEveryItem_EachClaimedByExactlyOne()
    {
        var ids = new List<long>();
        for (var i = 0; i < 30; i++)
        {
            ids.Add(await _first.EnqueueOutboxAsync($"a:conv-{i}", new NewOutboxItem("reply", "{}"), default));
        }

        var lease = Now.AddMinutes(5);
        var claims = await Task.WhenAll(ids.SelectMany(id => new[] { _first, _second }.Select(async store => (id, won: await store.TryClaimOutboxAsync(id, Now, lease, default)))));

        Assert.All(ids, id => Assert.Single(claims, c => c.id == id && c.won));
    }

    [Fact]
    public async Task TryClaim_AnInstanceDiedHoldingAnItem_TheOtherTakesItOverOnceTheLeaseRunsOut()
    {
        var id = await _first.EnqueueOutboxAsync("a:conv-dead", new NewOutboxItem("reply", "{}"), default);
        Assert.True(await _first.TryClaimOutboxAsync(id, Now, Now.AddMinutes(5), default));

        var whileHeld = await _second.TryClaimOutboxAsync(id, Now.AddMinutes(4), Now.AddMinutes(9), default);
        var due = await _second.GetDueOutboxAsync(Now.AddMinutes(6), 10, default);
        var afterLease = await _second.TryClaimOutboxAsync(id, Now.AddMinutes(6), Now.AddMinutes(11), default);

        Assert.False(whileHeld);
        Assert.Contains(due, item => item.Id == id);
        Assert.True(afterLease);
    }
}
