using CoachBot.State;
using CoachBot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.State;

/// <summary>The in-memory store's redelivery records are bounded: a high turn rate does not grow them past the limit.</summary>
public sealed class InMemoryStateStoreBoundTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 1, 15, 8, 30, 0, TimeSpan.Zero));

    [Fact]
    public async Task CommitTurn_MoreActivitiesThanTheLimit_OnlyTheNewestRecordsAreKept()
    {
        var store = new InMemoryStateStore(_time) { MaxProcessedActivities = 100 };
        var ids = Enumerable.Range(0, 1000).Select(_ => ActivityJson.NewId()).ToList();

        foreach (var id in ids)
        {
            await store.CommitTurnAsync(new TurnCommit("conv-1", null, null, null, id, new ProcessedActivity(200, null, _time.GetUtcNow()), null, []), default);
        }

        Assert.Equal(100, store.ProcessedCount);
        Assert.NotNull(await store.GetProcessedActivityAsync("conv-1", ids[^1], default));
        Assert.NotNull(await store.GetProcessedActivityAsync("conv-1", ids[^100], default));
        Assert.Null(await store.GetProcessedActivityAsync("conv-1", ids[^101], default));
    }

    [Fact]
    public async Task PurgeProcessed_AfterTheWindow_RecordsAndTheirOrderAreGone()
    {
        var store = new InMemoryStateStore(_time) { MaxProcessedActivities = 100 };
        foreach (var _ in Enumerable.Range(0, 50))
        {
            await store.CommitTurnAsync(new TurnCommit("conv-1", null, null, null, ActivityJson.NewId(), new ProcessedActivity(200, null, _time.GetUtcNow()), null, []), default);
        }

        _time.Advance(TimeSpan.FromMinutes(30));
        await store.PurgeProcessedAsync(_time.GetUtcNow().AddMinutes(-20), default);
        var fresh = ActivityJson.NewId();
        await store.CommitTurnAsync(new TurnCommit("conv-1", null, null, null, fresh, new ProcessedActivity(200, null, _time.GetUtcNow()), null, []), default);

        Assert.Equal(1, store.ProcessedCount);
        Assert.NotNull(await store.GetProcessedActivityAsync("conv-1", fresh, default));
    }
}
