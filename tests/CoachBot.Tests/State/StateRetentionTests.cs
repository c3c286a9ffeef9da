using CoachBot.State;
using CoachBot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.State;

/// <summary>
/// Stored data expires: a conversation left half-way is forgotten after the retention period, a saved
/// call note after its own, and "forget my data" removes a user's state and records at once — in both stores.
/// </summary>
public sealed class StateRetentionTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 1, 15, 8, 30, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task PurgeStaleDialogState_OldAndFreshStates_OnlyTheOldIsDeleted(string provider)
    {
        var store = await CreateAsync(provider);
        await SaveStateAsync(store, new StateKey("conv-old", "user-a"));
        _time.Advance(TimeSpan.FromDays(40));
        await SaveStateAsync(store, new StateKey("conv-new", "user-a"));

        await store.PurgeStaleDialogStateAsync(_time.GetUtcNow().AddDays(-30), default);

        Assert.Null(await store.GetDialogStateAsync(new StateKey("conv-old", "user-a"), default));
        Assert.NotNull(await store.GetDialogStateAsync(new StateKey("conv-new", "user-a"), default));
    }

    [Theory]
    [MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task PurgeExpiredRecords_CallNotePastItsRetention_IsDeleted(string provider)
    {
        var store = await CreateAsync(provider);
        await store.SetUserRecordAsync("user-a", UserRecordKeys.CallNote("user-a", 1), "{}", _time.GetUtcNow().AddDays(90), default);
        await store.SetUserRecordAsync("user-a", UserRecordKeys.CallNote("user-a", 2), "{}", _time.GetUtcNow().AddDays(10), default);

        _time.Advance(TimeSpan.FromDays(30));
        await store.PurgeExpiredRecordsAsync(_time.GetUtcNow(), default);

        Assert.Single(await store.GetRecordsAsync(UserRecordKeys.Prefix("user-a"), default));
    }

    [Theory]
    [MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task DeleteUserData_UserWithStateAndNotes_OnlyThatUsersDataGoes(string provider)
    {
        var store = await CreateAsync(provider);
        await SaveStateAsync(store, new StateKey("conv-1", "user-a"));
        await SaveStateAsync(store, new StateKey("conv-1", "user-b"));
        await store.SetUserRecordAsync("user-a", UserRecordKeys.CallNote("user-a", 1), "{}", _time.GetUtcNow().AddDays(90), default);
        await store.SetUserRecordAsync("user-b", UserRecordKeys.CallNote("user-b", 2), "{}", _time.GetUtcNow().AddDays(90), default);

        await store.DeleteUserDataAsync("user-a", [], default);

        Assert.Null(await store.GetDialogStateAsync(new StateKey("conv-1", "user-a"), default));
        Assert.NotNull(await store.GetDialogStateAsync(new StateKey("conv-1", "user-b"), default));
        Assert.Empty(await store.GetRecordsAsync(UserRecordKeys.Prefix("user-a"), default));
        Assert.Single(await store.GetRecordsAsync(UserRecordKeys.Prefix("user-b"), default));
    }

    public void Dispose() => _directory.Dispose();

    private Task<IStateStore> CreateAsync(string provider) => TestStores.CreateAsync(provider, _directory, _time);

    private Task<CommitResult> SaveStateAsync(IStateStore store, StateKey key) =>
        store.CommitTurnAsync(
            new TurnCommit(key.ConversationId, key, "{}", null, null, new ProcessedActivity(200, null, _time.GetUtcNow()), null, []),
            default);
}
