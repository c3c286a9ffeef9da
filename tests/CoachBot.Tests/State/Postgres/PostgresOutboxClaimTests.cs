using CoachBot.State;
using Npgsql;
using CoachBot.State.Postgres;
using CoachBot.Tests.Support;

namespace CoachBot.Tests.State.Postgres;

/// <summary>
/// Two instances' stores on one PostgreSQL database racing for the same outbox items (issue 15, point 2): each item
/// is claimed by exactly one of them, an instance never queues behind another one's claim (FOR UPDATE SKIP LOCKED), and
/// an item of a dead instance is taken over once its lease runs out.
/// </summary>
public sealed class PostgresOutboxClaimTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Now = TimeProvider.System.GetUtcNow().AddSeconds(1);

    private string _database = null!;
    private PostgresStateStore _first = null!;
    private PostgresStateStore _second = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresServer.CreateDatabaseAsync();
        _first = new PostgresStateStore(_database, TimeProvider.System);
        _second = new PostgresStateStore(_database, TimeProvider.System);
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

    [Fact]
    public async Task TryClaim_WhileAnotherInstanceIsMidClaimInTheConversation_PassesAtOnce_ThenClaimsOnceItIsDone()
    {
        var first = await _first.EnqueueOutboxAsync("a:conv-busy", new NewOutboxItem("reply", "{}"), default);
        var second = await _first.EnqueueOutboxAsync("a:conv-busy", new NewOutboxItem("reply", "{}"), default);

        // Another instance's claim, stopped between its row lock and its commit.
        await using (var other = new NpgsqlConnection(_database))
        {
            await other.OpenAsync();
            await using var claiming = await other.BeginTransactionAsync();
            await using (var lockRow = new NpgsqlCommand($"SELECT id FROM outbox WHERE id = {first} FOR UPDATE", other, claiming))
            {
                await lockRow.ExecuteScalarAsync();
            }

            // Bounded only so that a regression (waiting for the lock) fails instead of hanging the run.
            var whileClaiming = await _second.TryClaimOutboxAsync(first, Now, Now.AddMinutes(5), default).WaitAsync(TimeSpan.FromSeconds(30));
            Assert.False(whileClaiming);
            await claiming.RollbackAsync();
        }

        Assert.True(await _second.TryClaimOutboxAsync(first, Now, Now.AddMinutes(5), default));
        Assert.False(await _first.TryClaimOutboxAsync(second, Now, Now.AddMinutes(5), default)); // in order: the first is not sent yet
    }
}
