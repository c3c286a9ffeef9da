using System.Text.Encodings.Web;
using System.Text.Json;
using CoachBot.Coaching.Content;
using CoachBot.Coaching.Conversations;
using CoachBot.Coaching.Policy;
using CoachBot.Dialogs;
using CoachBot.Hosting;
using CoachBot.Tests.Support;
using CoachBot.Tests.Turns.Support;
using CoachBot.Turns;
using Microsoft.Extensions.Options;

namespace CoachBot.Tests.Turns;

/// <summary>
/// A turn takes the content set and the runner over it once, when it starts: a reload changes what the next turn
/// takes, never what a running turn holds, and a runner is built once per set, not per turn.
/// </summary>
public sealed class DialogRunnerSourceTests : IDisposable
{
    private const string DiscountAsk = "Rate is 120, the guest wants 30% off";

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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
    public async Task Current_AfterAReload_NewTurnsGetTheNewSetAndATurnThatStartedAdvisesFromItsOwn()
    {
        var coaching = new CoachingRunnerFactory(Options.Create(new RoleMap()), TimeProvider.System, NoCallNotes.Instance, NoTrainingRecords.Instance, Options.Create(new CoachingHostOptions()));
        var (store, source, factory) = await OpenAsync(coaching);
        var running = source.Current;

        _content.Edit(null, "front_desk:   { max_discount_percent: 15, max_amount_per_night: 20 }", "front_desk:   { max_discount_percent: 17, max_amount_per_night: 25 }");
        Assert.True((await store.ReloadAsync(CancellationToken.None)).Succeeded);
        var next = source.Current;

        // The runner a turn took before the reload still advises from the old policy, whatever the store now holds.
        Assert.Contains("up to 15% and $20 off a night", await FirstReplyAsync(running.Runner, DiscountAsk), StringComparison.Ordinal);
        Assert.Contains("up to 17% and $25 off a night", await FirstReplyAsync(next.Runner, DiscountAsk), StringComparison.Ordinal);
        Assert.Same(store.Current, next.Content);
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

    private async Task<(ContentStore Store, DialogRunnerSource Source, CountingFactory Factory)> OpenAsync(IDialogRunnerFactory? inner = null)
    {
        var store = await ContentStore.OpenAsync(new ContentLoader(_content.Playbooks, _content.PolicyFile, CoachingContent.TextKeys), CancellationToken.None);
        var factory = new CountingFactory(inner ?? new CardDialogRunnerFactory());
        return (store, new DialogRunnerSource(new CoachingContent(store), factory), factory);
    }

    /// <summary>The first reply's text and card, as JSON a reader can search ("$20", not "\u002420").</summary>
    private static async Task<string> FirstReplyAsync(DialogRunner runner, string text)
    {
        var outcome = await runner.RunTurnAsync(new IncomingTurn("conversation", "user") { Text = text }, DialogState.Empty, CancellationToken.None);
        return JsonSerializer.Serialize(outcome.Replies, Readable);
    }

    /// <summary>Builds the runners and counts how often it was asked to.</summary>
    private sealed class CountingFactory(IDialogRunnerFactory inner) : IDialogRunnerFactory
    {
        private int _built;

        public int Built => Volatile.Read(ref _built);

        public DialogRunner Create(ContentSet content)
        {
            Interlocked.Increment(ref _built);
            return inner.Create(content);
        }
    }
}
