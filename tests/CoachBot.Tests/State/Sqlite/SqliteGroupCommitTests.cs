using System.Globalization;
using CoachBot.State;
using CoachBot.State.Sqlite;
using CoachBot.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.State.Sqlite;

/// <summary>
/// The SQLite store's one writer commits queued turns together: one transaction for many turns, a stale turn rolled
/// back alone, a failed transaction reported to every turn in it, and no update lost between racing writers.
/// Batches are made certain by holding the write lock from another connection while the turns queue.
/// </summary>
public sealed class SqliteGroupCommitTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 1, 15, 8, 30, 0, TimeSpan.Zero));

    private string DatabasePath => _directory.File("group.db");

    [Fact]
    public async Task CommitTurn_ManyConversationsQueuedTogether_ShareATransactionAndAllAreReadable()
    {
        var store = await StartAsync();
        var before = store.CommittedBatches;
        List<Task<CommitResult>> commits;
        using (await SqliteWriteLock.TakeAsync(DatabasePath))
        {
            commits = [.. Enumerable.Range(0, 40).Select(i => store.CommitTurnAsync(NewState($"conv-{i}", i), default))];
            await Task.Delay(100);
            Assert.DoesNotContain(commits, c => c.IsCompleted);
        }

        await Task.WhenAll(commits).WaitAsync(Bound);

        var batches = store.CommittedBatches - before;
        Assert.InRange(batches, 1, 2);
        foreach (var i in Enumerable.Range(0, 40))
        {
            Assert.Equal(Json(i), (await store.GetDialogStateAsync(Key($"conv-{i}"), default))?.Json);
        }
    }

    [Fact]
    public async Task CommitTurn_StaleETagInABatch_OnlyThatTurnFailsAndTheOthersCommit()
    {
        var store = await StartAsync();
        var etag = (await store.CommitTurnAsync(NewState("conv-shared", 0), default)).ETag;
        Task<CommitResult> first, stale, other;
        using (await SqliteWriteLock.TakeAsync(DatabasePath))
        {
            // Both read the same version: whichever commits second is stale.
            first = store.CommitTurnAsync(NextState("conv-shared", 1, etag), default);
            stale = store.CommitTurnAsync(NextState("conv-shared", 2, etag), default);
            other = store.CommitTurnAsync(NewState("conv-other", 3), default);
        }

        await first.WaitAsync(Bound);
        await Assert.ThrowsAsync<StateConflictException>(() => stale.WaitAsync(Bound));
        await other.WaitAsync(Bound);

        Assert.Equal(Json(1), (await store.GetDialogStateAsync(Key("conv-shared"), default))?.Json);
        Assert.Equal(Json(3), (await store.GetDialogStateAsync(Key("conv-other"), default))?.Json);

        // The stale turn's redelivery record went with it: a retry of that activity really runs again.
        Assert.Equal(2L, await StoredCopies.CountAsync(DatabasePath, "SELECT count(*) FROM processed_activity WHERE conversation_id = 'conv-shared'"));
    }

    [Fact]
    public async Task CommitTurn_RacingWritersOfOneState_NoUpdateIsLost()
    {
        var store = await StartAsync();
        await store.CommitTurnAsync(NewState("conv-counter", 0), default);

        // No conversation gate here: every writer reads, adds one and commits, and re-reads when it was stale.
        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                var current = (await store.GetDialogStateAsync(Key("conv-counter"), default))!;
                var count = int.Parse(current.Json.Trim('"'), CultureInfo.InvariantCulture);
                try
                {
                    await store.CommitTurnAsync(NextState("conv-counter", count + 1, current.ETag), default);
                    return;
                }
                catch (StateConflictException)
                {
                }
            }
        }))).WaitAsync(Bound);

        Assert.Equal(Json(16), (await store.GetDialogStateAsync(Key("conv-counter"), default))?.Json);
    }

    [Fact]
    public async Task CommitTurn_TransactionCannotBegin_EveryTurnOfTheBatchIsToldTheStoreIsUnavailable()
    {
        var store = await StartAsync(busyTimeoutSeconds: 1);
        List<Task<CommitResult>> commits;
        using (await SqliteWriteLock.TakeAsync(DatabasePath))
        {
            commits = [.. Enumerable.Range(0, 5).Select(i => store.CommitTurnAsync(NewState($"conv-{i}", i), default))];

            // Longer than the writer waits for the lock.
            foreach (var commit in commits)
            {
                await Assert.ThrowsAsync<StateStoreUnavailableException>(() => commit.WaitAsync(Bound));
            }
        }

        Assert.Equal(0L, await StoredCopies.CountAsync(DatabasePath, "SELECT count(*) FROM dialog_state"));

        // The writer carries on once the lock is free.
        await store.CommitTurnAsync(NewState("conv-after", 9), default).WaitAsync(Bound);
        Assert.Equal(Json(9), (await store.GetDialogStateAsync(Key("conv-after"), default))?.Json);
    }

    public void Dispose() => _directory.Dispose();

    private static StateKey Key(string conversationId) => new(conversationId, "user-a");

    private static string Json(int n) => $"\"{n}\"";

    private static TurnCommit NewState(string conversationId, int n) => NextState(conversationId, n, expectedETag: null);

    private static TurnCommit NextState(string conversationId, int n, string? expectedETag) =>
        new(conversationId, Key(conversationId), Json(n), expectedETag, ActivityJson.NewId(),
            new ProcessedActivity(200, null, DateTimeOffset.UnixEpoch), null, [])
        { UserId = "user-a" };

    private async Task<SqliteStateStore> StartAsync(int busyTimeoutSeconds = 5)
    {
        var options = new SqliteStateOptions { Path = DatabasePath, BusyTimeoutSeconds = busyTimeoutSeconds };
        var store = _directory.Own(new SqliteStateStore(Options.Create(options), _time));
        await store.InitializeAsync(default);
        return store;
    }
}
