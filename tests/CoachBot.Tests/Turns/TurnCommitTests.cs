using CoachBot.State;
using CoachBot.State.Sqlite;
using CoachBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.Turns;

/// <summary>
/// Over HTTP on the SQLite store: a turn is answered only after the commit that holds it, a commit that fails gives the
/// honest "try again" (never a 200 whose state was lost), and turns of many conversations share commits.
/// The commit is held back by another connection holding the database's write lock.
/// </summary>
public sealed class TurnCommitTests : IDisposable
{
    private const string TryAgain = "Sorry, I can't reach my memory right now, so I couldn't handle that. Please try again in a moment.";
    private const string AskName = "Hi! What's your name?";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    private readonly TempDirectory _directory = new();
    private readonly BotHost _host;

    public TurnCommitTests()
    {
        _host = BotHost.Sqlite(DatabasePath);
        _host.Settings["State:Sqlite:BusyTimeoutSeconds"] = "10";

        // The background loop's own writes would count as transactions too.
        _host.Settings["CoachBot:OutboxPollSeconds"] = "3600";
    }

    private string DatabasePath => _directory.File("turns.db");

    private SqliteStateStore Store => (SqliteStateStore)_host.Services.GetRequiredService<IStateStore>();

    [Fact]
    public async Task Process_CommitHeldBack_TheTurnIsAnsweredOnlyAfterItCommits()
    {
        using var client = _host.NewChat();
        var hi = client.Message("hi");
        Task<IReadOnlyList<BotMessage>> answer;
        using (await SqliteWriteLock.TakeAsync(DatabasePath))
        {
            answer = client.SendAsync(hi);
            await Task.Delay(400);

            Assert.False(answer.IsCompleted, "The turn was answered before its commit.");
            Assert.Equal(0L, await RecordedAsync(hi));
        }

        Assert.Equal(AskName, Assert.Single(await answer.WaitAsync(Bound)).Text);
        Assert.Equal(1L, await RecordedAsync(hi));
    }

    [Fact]
    public async Task Process_CommitFails_TheUserIsAskedToTryAgainAndNothingIsRecorded()
    {
        _host.Settings["State:Sqlite:BusyTimeoutSeconds"] = "1";
        using var client = _host.NewChat();
        var hi = client.Message("hi");
        IReadOnlyList<BotMessage> replies;
        using (await SqliteWriteLock.TakeAsync(DatabasePath))
        {
            // Held for longer than the writer waits for the lock: the batch fails.
            replies = await client.SendAsync(hi).WaitAsync(Bound);
        }

        Assert.Equal(TryAgain, Assert.Single(replies).Text);
        Assert.Equal(0L, await RecordedAsync(hi));

        // Not recorded as seen, so the channel's retry of the same activity really runs the turn.
        Assert.Equal(AskName, Assert.Single(await client.SendAsync(hi)).Text);
        Assert.Equal("Which team are you on?", (await client.SendAsync("Vy"))[0].Text);
    }

    [Fact]
    public async Task Process_ManyConversationsAtOnce_FewerTransactionsThanTurnsAndEveryStateIsStored()
    {
        const int Conversations = 24;
        var clients = Enumerable.Range(0, Conversations).Select(_ => _host.NewChat()).ToList();
        var before = Store.CommittedBatches;
        Task<IReadOnlyList<BotMessage>[]> answers;
        using (await SqliteWriteLock.TakeAsync(DatabasePath))
        {
            answers = Task.WhenAll(clients.Select(c => c.SendAsync("hi")));

            // Wait (bounded) until every turn waits for the writer: at most the batch already begun and one more.
            using var limit = new CancellationTokenSource(Bound);
            while (Store.PendingWrites < Conversations)
            {
                await Task.Delay(10, limit.Token);
            }
        }

        var replies = await answers.WaitAsync(Bound);

        Assert.All(replies, r => Assert.Equal(AskName, Assert.Single(r).Text));
        Assert.InRange(Store.CommittedBatches - before, 1, 2);
        Assert.Equal((long)Conversations, await StoredCopies.CountAsync(DatabasePath, "SELECT count(*) FROM dialog_state"));
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    public void Dispose()
    {
        _host.Dispose();
        _directory.Dispose();
    }

    private Task<long> RecordedAsync(ActivityJson activity) =>
        StoredCopies.CountAsync(DatabasePath, $"SELECT count(*) FROM processed_activity WHERE activity_id = '{activity.Id}'");
}
