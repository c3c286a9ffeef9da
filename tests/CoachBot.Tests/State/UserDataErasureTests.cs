using System.Text.Json;
using CoachBot.Protocol.Schema;
using CoachBot.State;
using CoachBot.Tests.Support;
using CoachBot.Turns;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.State;

/// <summary>
/// Both stores forget a user, and let user data expire, the same way: the user's outbox items and recorded answers
/// go with their state and records, a waiting escalation stays (no longer theirs), and another user keeps everything.
/// </summary>
public sealed class UserDataErasureTests : IDisposable
{
    private static readonly string[] KeptKinds = ["escalation"];

    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 1, 15, 8, 30, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task DeleteUserData_OutboxAndRecordedAnswers_GoneExceptAWaitingEscalationNoLongerTheirs(string provider)
    {
        var store = await CreateAsync(provider);
        var ids = await CommitTurnAsync(store, "user-a", "act-a", "reply", "call-note", "escalation", "feedback");
        await CommitTurnAsync(store, "user-b", "act-b", "reply", "escalation");
        await store.MarkOutboxDeliveredAsync(ids[0], default);
        await store.MarkOutboxFailedAsync(ids[1], "refused", null, default);
        await store.SetUserRecordAsync("user-a", "feedback:000000000001", "{}", null, default);
        await store.SetUserRecordAsync("user-b", "feedback:000000000002", "{}", null, default);

        await store.DeleteUserDataAsync("user-a", KeptKinds, default);

        var due = await store.GetDueOutboxAsync(_time.GetUtcNow().AddHours(1), 50, default);
        Assert.Equal([("escalation", null), ("reply", "user-b"), ("escalation", "user-b")], due.Select(i => (i.Kind, i.UserId)));
        Assert.Equal(ids[2], due[0].Id);
        var answered = await store.GetProcessedActivityAsync("conv-user-a", "act-a", default);
        Assert.NotNull(answered);
        Assert.Null(answered.Response);
        Assert.NotNull((await store.GetProcessedActivityAsync("conv-user-b", "act-b", default))?.Response);
        Assert.Single(await store.GetRecordsAsync("feedback:", default));
    }

    [Theory]
    [MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task DeleteUserData_ConversationReferenceNamingTheUser_KeepsOnlyTheirId(string provider)
    {
        var store = await CreateAsync(provider);
        await store.CommitTurnAsync(Commit("user-a", null) with { Conversation = Conversation("conv-user-a", "user-a", "Ottoline") }, default);
        await store.CommitTurnAsync(Commit("user-b", null) with { Conversation = Conversation("conv-user-b", "user-b", "Bartholomew") }, default);

        await store.DeleteUserDataAsync("user-a", KeptKinds, default);

        var forgotten = await ReferenceAsync(store, "conv-user-a");
        Assert.Equal("https://smba.test/amer/", forgotten.ServiceUrl);
        Assert.Equal("conv-user-a", forgotten.Conversation.Id);
        Assert.Equal("user-a", forgotten.User?.Id);
        Assert.Null(forgotten.User?.Name);
        Assert.Null(forgotten.User?.AadObjectId);
        Assert.Equal("Bartholomew", (await ReferenceAsync(store, "conv-user-b")).User?.Name);
    }

    [Theory]
    [MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task SetUserRecord_NoOwner_SurvivesForgetAndStillExpires(string provider)
    {
        var store = await CreateAsync(provider);
        await store.SetUserRecordAsync(null, "escalation:1", "{}", _time.GetUtcNow().AddDays(30), default);
        await store.SetUserRecordAsync("user-a", "escalation:2", "{}", _time.GetUtcNow().AddDays(30), default);

        await store.DeleteUserDataAsync("user-a", KeptKinds, default);

        Assert.Single(await store.GetRecordsAsync("escalation:", default));
        _time.Advance(TimeSpan.FromDays(30));
        await store.PurgeExpiredRecordsAsync(_time.GetUtcNow(), default);
        Assert.Empty(await store.GetRecordsAsync("escalation:", default));
    }

    [Theory]
    [MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task PurgeExpiredRecords_UndeliveredItemPastItsExpiry_IsDeleted(string provider)
    {
        var store = await CreateAsync(provider);
        var expiresAt = _time.GetUtcNow().AddDays(90);
        await store.CommitTurnAsync(Commit("user-a", null, new NewOutboxItem("call-note", "{}") { UserId = "user-a", ExpiresAt = expiresAt }, new NewOutboxItem("reply", "{}")), default);

        _time.Advance(TimeSpan.FromDays(90));
        await store.PurgeExpiredRecordsAsync(_time.GetUtcNow(), default);

        Assert.Equal(["reply"], (await store.GetDueOutboxAsync(_time.GetUtcNow(), 50, default)).Select(i => i.Kind));
    }

    [Theory]
    [MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task PurgeDeliveredOutbox_ItemStillWaiting_IsKept(string provider)
    {
        var store = await CreateAsync(provider);
        var ids = await CommitTurnAsync(store, "user-a", "act-a", "reply", "reply");
        await store.MarkOutboxDeliveredAsync(ids[0], default);
        await store.MarkOutboxFailedAsync(ids[1], "503", _time.GetUtcNow().AddHours(2), default);

        _time.Advance(TimeSpan.FromHours(1));
        await store.PurgeDeliveredOutboxAsync(_time.GetUtcNow(), default);

        Assert.Equal([ids[1]], (await store.GetDueOutboxAsync(_time.GetUtcNow().AddHours(2), 50, default)).Select(i => i.Id));
    }

    public void Dispose() => _directory.Dispose();

    private static async Task<ConversationReference> ReferenceAsync(IStateStore store, string conversationId) =>
        JsonSerializer.Deserialize<ConversationReference>((await store.GetConversationAsync(conversationId, default))!.ReferenceJson, ProtocolJson.Options)!;

    private Task<IStateStore> CreateAsync(string provider) => TestStores.CreateAsync(provider, _directory, _time);

    private async Task<IReadOnlyList<long>> CommitTurnAsync(IStateStore store, string userId, string activityId, params string[] kinds)
    {
        var items = kinds.Select(k => new NewOutboxItem(k, "{}") { UserId = userId }).ToArray();
        return (await store.CommitTurnAsync(Commit(userId, activityId, items), default)).OutboxIds;
    }

    /// <summary>A conversation reference as a turn stores it, naming its user.</summary>
    private ConversationRecord Conversation(string conversationId, string userId, string name)
    {
        var reference = new ConversationReference(
            "https://smba.test/amer/",
            "msteams",
            new ConversationAccount { Id = conversationId },
            new ChannelAccount { Id = "28:bot", Name = "CoachBot" },
            new ChannelAccount { Id = userId, Name = name, AadObjectId = "00000000-0000-0000-0000-00000000abcd" },
            "tenant-1",
            "en-US");
        return new ConversationRecord(conversationId, JsonSerializer.Serialize(reference, ProtocolJson.Options), true, _time.GetUtcNow());
    }

    private TurnCommit Commit(string userId, string? activityId, params NewOutboxItem[] items)
    {
        var key = new StateKey($"conv-{userId}", userId);
        return new TurnCommit(key.ConversationId, key, "{}", null, activityId, new ProcessedActivity(200, """{"activities":[]}"""u8.ToArray(), _time.GetUtcNow()), null, items)
        {
            UserId = userId,
        };
    }
}
