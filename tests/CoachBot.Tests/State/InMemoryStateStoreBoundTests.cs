using CoachBot.State;
using CoachBot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.State;

/// <summary>
/// The in-memory store is bounded: a high turn rate over many conversations grows neither its redelivery records nor
/// its dialog states past their limits, and what it forgets first is what was written longest ago.
/// </summary>
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

    [Fact]
    public async Task CommitTurn_ManyConversations_StatesStayUnderTheBoundAndTheNewestAreKept()
    {
        var store = new InMemoryStateStore(_time) { MaxDialogStateChars = 100_000 };
        var state = new string('s', 1_000);

        foreach (var n in Enumerable.Range(0, 1_000))
        {
            await store.CommitTurnAsync(new TurnCommit($"conv-{n}", new StateKey($"conv-{n}", "user"), state, null, null, new ProcessedActivity(200, null, _time.GetUtcNow()), null, []), default);
        }

        Assert.InRange(store.Held.StateChars, 1, 100_000);
        Assert.NotNull(await store.GetDialogStateAsync(new StateKey("conv-999", "user"), default));
        Assert.NotNull(await store.GetDialogStateAsync(new StateKey("conv-901", "user"), default));
        Assert.Null(await store.GetDialogStateAsync(new StateKey("conv-0", "user"), default));
    }

    [Fact]
    public async Task CommitTurn_AConversationWrittenAgain_CountsOnceAndIsNotTheOneForgotten()
    {
        var store = new InMemoryStateStore(_time) { MaxDialogStateChars = 10_000 };
        var state = new string('s', 1_000);
        var busy = new StateKey("busy", "user");

        foreach (var n in Enumerable.Range(0, 100))
        {
            var etag = (await store.GetDialogStateAsync(busy, default))?.ETag;
            await store.CommitTurnAsync(new TurnCommit("busy", busy, state, etag, null, new ProcessedActivity(200, null, _time.GetUtcNow()), null, []), default);
            await store.CommitTurnAsync(new TurnCommit($"conv-{n}", new StateKey($"conv-{n}", "user"), state, null, null, new ProcessedActivity(200, null, _time.GetUtcNow()), null, []), default);
        }

        Assert.InRange(store.Held.StateChars, 1, 10_000);
        Assert.NotNull(await store.GetDialogStateAsync(busy, default));
    }

    [Fact]
    public async Task CommitTurn_LargeResponses_HeldBytesStayUnderTheBound()
    {
        var store = new InMemoryStateStore(_time) { MaxProcessedResponseBytes = 50_000 };
        var response = System.Text.Encoding.UTF8.GetBytes(new string('r', 5_000));
        var ids = Enumerable.Range(0, 200).Select(_ => ActivityJson.NewId()).ToList();

        foreach (var id in ids)
        {
            await store.CommitTurnAsync(new TurnCommit("conv-1", null, null, null, id, new ProcessedActivity(200, response, _time.GetUtcNow()), null, []), default);
        }

        Assert.InRange(store.Held.ResponseBytes, 1, 50_000);
        Assert.Equal(response, (await store.GetProcessedActivityAsync("conv-1", ids[^1], default))?.Response);
        Assert.Null(await store.GetProcessedActivityAsync("conv-1", ids[0], default));
    }
}
