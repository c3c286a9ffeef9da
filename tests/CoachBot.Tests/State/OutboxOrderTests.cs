using CoachBot.State;
using CoachBot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.State;

/// <summary>
/// Both stores hand out a conversation's outbox items in order (a later item waits behind a failed one, or one being
/// sent) and to one sender at a time (a claim holds until delivered, failed, or its lease runs out).
/// </summary>
public sealed class OutboxOrderTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 1, 15, 8, 30, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task GetDueOutbox_EarlierItemWaitingForRetry_LaterItemsOfThatConversationWait(string provider)
    {
        var store = await CreateAsync(provider);
        var (first, second) = await CommitTwoAsync(store, "conv-a");
        var (other, _) = await CommitTwoAsync(store, "conv-b");
        await store.MarkOutboxFailedAsync(first, "503", _time.GetUtcNow().AddSeconds(30), default);

        var now = await store.GetDueOutboxAsync(_time.GetUtcNow(), 10, default);
        _time.Advance(TimeSpan.FromMinutes(1));
        var later = await store.GetDueOutboxAsync(_time.GetUtcNow(), 10, default);

        Assert.DoesNotContain(now, i => i.ConversationId == "conv-a");
        Assert.Contains(now, i => i.Id == other);
        Assert.Equal([first, second], later.Where(i => i.ConversationId == "conv-a").Select(i => i.Id));
    }

    [Theory]
    [MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task GetDueOutbox_EarlierItemGivenUp_LaterItemsAreStillDelivered(string provider)
    {
        var store = await CreateAsync(provider);
        var (first, second) = await CommitTwoAsync(store, "conv-a");
        await store.MarkOutboxFailedAsync(first, "404", retryAt: null, default);

        var due = await store.GetDueOutboxAsync(_time.GetUtcNow(), 10, default);

        Assert.Equal([second], due.Select(i => i.Id));
    }

    [Theory]
    [MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task TryClaimOutbox_TwoSenders_OneGetsItAndTheOtherOnlyOnceTheLeaseRunsOut(string provider)
    {
        var store = await CreateAsync(provider);
        var (first, second) = await CommitTwoAsync(store, "conv-a");
        var now = _time.GetUtcNow();

        Assert.True(await store.TryClaimOutboxAsync(first, now, now.AddMinutes(5), default));
        Assert.False(await store.TryClaimOutboxAsync(first, now, now.AddMinutes(5), default));
        Assert.Empty(await store.GetDueOutboxAsync(now, 10, default)); // the claimed item, and the one behind it

        // The sender died: once its lease has run out, the item is due and another sender may claim it.
        _time.Advance(TimeSpan.FromMinutes(6));
        var later = _time.GetUtcNow();
        Assert.Equal([first, second], (await store.GetDueOutboxAsync(later, 10, default)).Select(i => i.Id));
        Assert.True(await store.TryClaimOutboxAsync(first, later, later.AddMinutes(5), default));

        await store.MarkOutboxDeliveredAsync(first, default);
        Assert.False(await store.TryClaimOutboxAsync(first, later, later.AddMinutes(5), default));
        Assert.Equal([second], (await store.GetDueOutboxAsync(later, 10, default)).Select(i => i.Id));
    }

    [Theory]
    [MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task TryClaimOutbox_EarlierItemStillToSend_TheLaterOneCannotOvertakeIt(string provider)
    {
        var store = await CreateAsync(provider);
        var (first, second) = await CommitTwoAsync(store, "conv-a");
        var (third, fourth) = await CommitTwoAsync(store, "conv-b");
        var now = _time.GetUtcNow();
        await store.MarkOutboxFailedAsync(first, "503", now.AddSeconds(30), default);
        await store.MarkOutboxFailedAsync(third, "404", retryAt: null, default);

        // A new turn's inline delivery tries its own item while an earlier one waits for its retry: not yet.
        Assert.False(await store.TryClaimOutboxAsync(second, now, now.AddMinutes(5), default));
        Assert.True(await store.TryClaimOutboxAsync(fourth, now, now.AddMinutes(5), default)); // behind a dead one: goes

        Assert.True(await store.TryClaimOutboxAsync(first, now, now.AddMinutes(5), default));
        await store.MarkOutboxDeliveredAsync(first, default);
        Assert.True(await store.TryClaimOutboxAsync(second, now, now.AddMinutes(5), default));
    }

    [Theory]
    [MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task TryClaimOutbox_LaterItemBeingSent_TheEarlierOneWaitsForIt(string provider)
    {
        // A channel quiz: its time limit (scheduled first) falls due while the trainer's close (queued later) is being sent.
        var store = await CreateAsync(provider);
        var now = _time.GetUtcNow();
        var scheduled = await store.EnqueueOutboxAsync("conv-q", new NewOutboxItem("channel-quiz-step", """{"n":1}""", now.AddSeconds(30)), default);
        var closedByTrainer = await store.EnqueueOutboxAsync("conv-q", new NewOutboxItem("channel-quiz-step", """{"n":2}"""), default);
        var otherKind = await store.EnqueueOutboxAsync("conv-q", new NewOutboxItem("reply", """{"n":3}"""), default);
        Assert.True(await store.TryClaimOutboxAsync(closedByTrainer, now, now.AddMinutes(5), default));

        _time.Advance(TimeSpan.FromSeconds(31));
        var later = _time.GetUtcNow();

        Assert.DoesNotContain(scheduled, (await store.GetDueOutboxAsync(later, 10, default)).Select(i => i.Id));
        Assert.False(await store.TryClaimOutboxAsync(scheduled, later, later.AddMinutes(5), default));
        Assert.True(await store.TryClaimOutboxAsync(otherKind, later, later.AddMinutes(5), default));
        await store.MarkOutboxDeliveredAsync(closedByTrainer, default);
        Assert.True(await store.TryClaimOutboxAsync(scheduled, later, later.AddMinutes(5), default));
    }

    public void Dispose() => _directory.Dispose();

    private Task<IStateStore> CreateAsync(string provider) => TestStores.CreateAsync(provider, _directory, _time);

    private async Task<(long First, long Second)> CommitTwoAsync(IStateStore store, string conversationId)
    {
        var commit = new TurnCommit(
            conversationId, null, null, null, ActivityJson.NewId(), new ProcessedActivity(200, null, _time.GetUtcNow()), null,
            [new NewOutboxItem("reply", """{"n":1}"""), new NewOutboxItem("reply", """{"n":2}""")]);
        var result = await store.CommitTurnAsync(commit, default);
        return (result.OutboxIds[0], result.OutboxIds[1]);
    }
}
