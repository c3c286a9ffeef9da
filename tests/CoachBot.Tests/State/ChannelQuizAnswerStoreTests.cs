using CoachBot.State;
using CoachBot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.State;

/// <summary>
/// Channel quiz answers in both stores (issue 13): fifty members answering at once, with second taps and re-sent
/// invokes among them, leave exactly one answer each, the first; "forget my data" and the retention purge remove them.
/// </summary>
public sealed class ChannelQuizAnswerStoreTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 10, 3, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task Add_FiftyMembersAtOnceWithRepeats_OneAnswerEachAndTheFirstStands(string provider)
    {
        var store = await TestStores.CreateAsync(provider, _directory, _time);
        await store.AddChannelAnswerAsync(Answer("member-0", "a", points: 900), default);

        var taps = Enumerable.Range(0, 50).SelectMany(m => new[] { Answer($"member-{m}", "b", points: 700), Answer($"member-{m}", "c", points: 600) });
        var added = await Task.WhenAll(taps.Select(a => Task.Run(() => store.AddChannelAnswerAsync(a, default))));

        Assert.Equal(49, added.Count(a => a));
        var answers = await store.GetChannelAnswersAsync("quiz-1", default);
        Assert.Equal(50, answers.Count);
        Assert.Equal(50, answers.Select(a => a.UserId).Distinct().Count());
        Assert.Equal(("a", 900), answers.Where(a => a.UserId == "member-0").Select(a => (a.Option, a.Points)).Single());
        Assert.Empty(await store.GetChannelAnswersAsync("quiz-2", default));
    }

    [Theory]
    [MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public async Task ForgetAndPurge_TheMembersAnswersAndThoseExpiredGo(string provider)
    {
        var store = await TestStores.CreateAsync(provider, _directory, _time);
        await store.AddChannelAnswerAsync(Answer("member-a", "a", points: 900), default);
        await store.AddChannelAnswerAsync(Answer("member-b", "a", points: 800), default);
        await store.AddChannelAnswerAsync(Answer("member-c", "a", points: 700, keptDays: 5), default);

        await store.DeleteUserDataAsync("member-a", [], default);
        _time.Advance(TimeSpan.FromDays(10));
        await store.PurgeExpiredRecordsAsync(_time.GetUtcNow(), default);

        Assert.Equal(["member-b"], (await store.GetChannelAnswersAsync("quiz-1", default)).Select(a => a.UserId));
    }

    public void Dispose() => _directory.Dispose();

    private ChannelQuizAnswer Answer(string user, string option, int points, int keptDays = 365) =>
        new("quiz-1", 0, user, option, option == "a", points, _time.GetUtcNow(), _time.GetUtcNow().AddDays(keptDays));
}
