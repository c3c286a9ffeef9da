using CoachBot.Escalations;
using CoachBot.Hosting;
using CoachBot.State;
using CoachBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Escalations;

/// <summary>
/// Escalation records are the staffer's: forgetting them deletes their closed escalations and takes their name and
/// id out of the open ones, which the desk still needs; and every record expires after the state retention period.
/// </summary>
public sealed class EscalationStoreTests : IDisposable
{
    private static readonly string[] KeptKinds = [EscalationOutboxHandler.EscalationKind];

    // The shipped content (the desk's key depends on which property is the default).
    private static readonly Lazy<Task<CoachingContent>> Content = new(() => CoachingContent.LoadAsync(new ConfigurationBuilder().Build(), default));

    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 1, 15, 8, 30, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task ForgetStaff_OpenAndClosedEscalations_OpenOnesKeptWithoutTheStafferClosedOnesDeleted(string provider)
    {
        var (store, escalations) = await CreateAsync(provider);
        await escalations.SaveAsync(Record(1, "user-a", EscalationRecord.Sent) with { RemindersSent = 1 }, default);
        await escalations.SaveAsync(Record(2, "user-a", EscalationRecord.Acknowledged) with { AcknowledgedBy = "Mai" }, default);
        await escalations.SaveAsync(Record(3, "user-a", EscalationRecord.NoDesk), default);
        await escalations.SaveAsync(Record(4, "user-b", EscalationRecord.Sent), default);

        await escalations.ForgetStaffAsync("user-a", default);
        await store.DeleteUserDataAsync("user-a", KeptKinds, default);

        var open = await escalations.GetAsync(1, default);
        Assert.NotNull(open);
        Assert.Null(open.StaffName);
        Assert.Null(open.StaffUserId);
        Assert.Equal(("conv-user-a", EscalationRecord.Sent, 1), (open.StaffConversationId, open.Status, open.RemindersSent));
        Assert.Null(await escalations.GetAsync(2, default));
        Assert.Null(await escalations.GetAsync(3, default));
        Assert.Equal("Staffer user-b", (await escalations.GetAsync(4, default))?.StaffName);
    }

    [Theory]
    [MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task Save_RecordUntouchedForTheRetentionPeriod_ExpiresFromItsLastChange(string provider)
    {
        var (store, escalations) = await CreateAsync(provider);
        await escalations.SaveAsync(Record(1, "user-a", EscalationRecord.Sent), default);
        _time.Advance(TimeSpan.FromDays(10));
        await escalations.UpdateAsync(1, r => r with { Status = EscalationRecord.Acknowledged }, default);

        _time.Advance(TimeSpan.FromDays(29));
        await store.PurgeExpiredRecordsAsync(_time.GetUtcNow(), default);
        Assert.NotNull(await escalations.GetAsync(1, default));
        _time.Advance(TimeSpan.FromDays(1));
        await store.PurgeExpiredRecordsAsync(_time.GetUtcNow(), default);
        Assert.Null(await escalations.GetAsync(1, default));
    }

    public void Dispose() => _directory.Dispose();

    private async Task<(IStateStore Store, EscalationStore Escalations)> CreateAsync(string provider)
    {
        var store = await TestStores.CreateAsync(provider, _directory, _time);
        return (store, new EscalationStore(store, await Content.Value, _time, Options.Create(new CoachBotOptions { StateRetentionDays = 30 })));
    }

    private EscalationRecord Record(long id, string userId, string status) =>
        new(id, $"conv-{userId}", status, _time.GetUtcNow()) { StaffName = $"Staffer {userId}", StaffUserId = userId };
}
