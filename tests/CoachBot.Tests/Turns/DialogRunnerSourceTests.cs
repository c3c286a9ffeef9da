using CoachBot.Coaching.Content;
using CoachBot.Coaching.Policy;
using CoachBot.Dialogs;
using CoachBot.Hosting;
using CoachBot.Tests.Support;
using CoachBot.Tests.Turns.Support;
using CoachBot.Turns;

namespace CoachBot.Tests.Turns;

/// <summary>
/// A turn takes the content set and the runner over it once, when it starts: a reload changes what the next turn
/// takes, never what a running turn holds, and a runner is built once per set, not per turn.
/// </summary>
public sealed class DialogRunnerSourceTests : IDisposable
{
    private readonly ContentCopy _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Current_NoReload_TheSameRunnerForEveryTurn()
    {
        var (_, source, factory) = await OpenAsync();

        var first = source.Current;
        var second = source.Current;

        Assert.Same(first, second);
        Assert.Equal(1, factory.Built);
    }

    [Fact]
    public async Task Current_AfterAReload_NewTurnsGetTheNewSetAndATurnThatStartedKeepsItsOwn()
    {
        var (store, source, factory) = await OpenAsync();
        var running = source.Current;

        _content.Edit(null, "max_discount_percent: 15,", "max_discount_percent: 17,");
        Assert.True((await store.ReloadAsync(CancellationToken.None)).Succeeded);
        var next = source.Current;

        Assert.NotSame(running.Content, next.Content);
        Assert.NotSame(running.Runner, next.Runner);
        Assert.Same(store.Current, next.Content);
        Assert.Equal(15m, running.Content.Policy.AuthorityFor(StaffRole.FrontDesk).MaxDiscountPercent);
        Assert.Equal(17m, next.Content.Policy.AuthorityFor(StaffRole.FrontDesk).MaxDiscountPercent);
        Assert.Equal(2, factory.Built);
    }

    [Fact]
    public async Task Current_AfterAFailedReload_TheSameRunnerAsBefore()
    {
        var (store, source, factory) = await OpenAsync();
        var before = source.Current;

        _content.Edit(null, "time_zone: Asia/Ho_Chi_Minh", "time_zone: Mars/Olympus_Mons");
        Assert.False((await store.ReloadAsync(CancellationToken.None)).Succeeded);

        Assert.Same(before, source.Current);
        Assert.Equal(1, factory.Built);
    }

    private async Task<(ContentStore Store, DialogRunnerSource Source, CountingFactory Factory)> OpenAsync()
    {
        var store = await ContentStore.OpenAsync(new ContentLoader(_content.Playbooks, _content.PolicyFile, CoachingContent.TextKeys), CancellationToken.None);
        var factory = new CountingFactory();
        return (store, new DialogRunnerSource(new CoachingContent(store), factory), factory);
    }

    /// <summary>Builds the card dialog and counts how often it was asked to.</summary>
    private sealed class CountingFactory : IDialogRunnerFactory
    {
        private int _built;

        public int Built => Volatile.Read(ref _built);

        public DialogRunner Create(ContentSet content)
        {
            Interlocked.Increment(ref _built);
            return new CardDialogRunnerFactory().Create(content);
        }
    }
}
