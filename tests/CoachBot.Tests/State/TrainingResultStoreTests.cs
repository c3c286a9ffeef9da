using CoachBot.State;
using CoachBot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.State;

/// <summary>
/// Trainees' results in both stores: one row per outbox item however often it is delivered, only the asker's read back
/// oldest first, gone at their expiry and with "forget my data", and kept when the bot leaves the conversation.
/// </summary>
public sealed class TrainingResultStoreTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 10, 3, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task Add_TheSameOutboxItemTwice_StoredOnceAndOnlyTheAskersAreRead(string provider)
    {
        var store = await TestStores.CreateAsync(provider, _directory, _time);
        await store.AddTrainingResultAsync(Result(2, "user-a", TrainingResult.QuizKind, "q.two", at: 2), default);
        await store.AddTrainingResultAsync(Result(1, "user-a", TrainingResult.QuizKind, "q.one", at: 1), default);
        await store.AddTrainingResultAsync(Result(1, "user-a", TrainingResult.QuizKind, "q.one", at: 1), default);
        await store.AddTrainingResultAsync(Result(3, "user-b", TrainingResult.QuizKind, "q.one", at: 1), default);
        await store.AddTrainingResultAsync(Result(4, "user-a", TrainingResult.RolePlayKind, "lost-bag", at: 3), default);

        var quiz = await store.GetTrainingResultsAsync("user-a", TrainingResult.QuizKind, default);

        Assert.Equal(["q.one", "q.two"], quiz.Select(r => r.ItemId));
        Assert.Single(await store.GetTrainingResultsAsync("user-a", TrainingResult.RolePlayKind, default));
    }

    [Theory]
    [MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task PurgeExpiredRecords_AResultPastItsRetention_IsDeletedAndAFreshOneKept(string provider)
    {
        var store = await TestStores.CreateAsync(provider, _directory, _time);
        await store.AddTrainingResultAsync(Result(1, "user-a", TrainingResult.QuizKind, "q.old", at: 0, keptDays: 10), default);
        await store.AddTrainingResultAsync(Result(2, "user-a", TrainingResult.QuizKind, "q.new", at: 0, keptDays: 365), default);

        _time.Advance(TimeSpan.FromDays(30));
        await store.PurgeExpiredRecordsAsync(_time.GetUtcNow(), default);

        Assert.Equal("q.new", Assert.Single(await store.GetTrainingResultsAsync("user-a", TrainingResult.QuizKind, default)).ItemId);
    }

    [Theory]
    [MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task DeleteUserDataAndDeleteConversation_OnlyForgetRemovesTheTraineesResults(string provider)
    {
        var store = await TestStores.CreateAsync(provider, _directory, _time);
        await store.AddTrainingResultAsync(Result(1, "user-a", TrainingResult.QuizKind, "q.one", at: 0), default);
        await store.AddTrainingResultAsync(Result(2, "user-b", TrainingResult.RolePlayKind, "lost-bag", at: 0), default);

        await store.DeleteConversationAsync("conv-user-b", default);
        await store.DeleteUserDataAsync("user-a", [], default);

        Assert.Empty(await store.GetTrainingResultsAsync("user-a", TrainingResult.QuizKind, default));
        Assert.Single(await store.GetTrainingResultsAsync("user-b", TrainingResult.RolePlayKind, default));
    }

    public void Dispose() => _directory.Dispose();

    private TrainingResult Result(long source, string user, string kind, string item, int at, int keptDays = 365)
    {
        var recorded = _time.GetUtcNow().AddMinutes(at);
        return new TrainingResult(source, user, kind, item, "complaints", Passed: true, recorded, recorded.AddDays(keptDays), "{}");
    }
}
