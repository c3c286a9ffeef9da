using CoachBot.State;
using CoachBot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.State;

/// <summary>
/// Every store refuses a turn's dialog state written over a newer one (its ETag is stale: another instance, or another
/// turn, wrote first), and then keeps nothing else of that turn either: no recorded answer, no outbox item. The turn is
/// run again on the newer state, so nothing is lost and nothing is said twice.
/// </summary>
public sealed class TurnCommitConflictTests : IDisposable
{
    private static readonly StateKey Key = new("a:conv-race", "29:alice");

    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 1, 15, 8, 30, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task Commit_StateOverANewerOne_RefusedAndNothingOfThatTurnKept(string provider)
    {
        var store = await TestStores.CreateAsync(provider, _directory, _time);
        var first = await store.CommitTurnAsync(Turn("""{"step":1}""", expected: null, "act-1"), default);
        var second = await store.CommitTurnAsync(Turn("""{"step":2}""", first.ETag, "act-2"), default);

        await Assert.ThrowsAsync<StateConflictException>(() => store.CommitTurnAsync(Turn("""{"step":"stale"}""", first.ETag, "act-3"), default));

        Assert.Equal("""{"step":2}""", (await store.GetDialogStateAsync(Key, default))?.Json);
        Assert.Equal(second.ETag, (await store.GetDialogStateAsync(Key, default))?.ETag);
        Assert.Null(await store.GetProcessedActivityAsync(Key.ConversationId, "act-3", default));
        Assert.NotNull(await store.GetProcessedActivityAsync(Key.ConversationId, "act-2", default));
        Assert.Equal(["act-1", "act-2"], (await store.GetDueOutboxAsync(_time.GetUtcNow(), 10, default)).Select(i => i.PayloadJson));
    }

    [Theory]
    [MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task Commit_TwoFirstStatesOfOneUser_TheSecondIsRefused(string provider)
    {
        var store = await TestStores.CreateAsync(provider, _directory, _time);
        await store.CommitTurnAsync(Turn("""{"by":"one"}""", expected: null, "act-1"), default);

        await Assert.ThrowsAsync<StateConflictException>(() => store.CommitTurnAsync(Turn("""{"by":"other"}""", expected: null, "act-2"), default));

        Assert.Equal("""{"by":"one"}""", (await store.GetDialogStateAsync(Key, default))?.Json);
        Assert.Null(await store.GetProcessedActivityAsync(Key.ConversationId, "act-2", default));
    }

    public void Dispose() => _directory.Dispose();

    // The outbox item's payload names the activity, so the test can tell which turns' items were kept.
    private TurnCommit Turn(string state, string? expected, string activityId) =>
        new(Key.ConversationId, Key, state, expected, activityId, new ProcessedActivity(200, null, _time.GetUtcNow()), null, [new NewOutboxItem("reply", activityId)]);
}
