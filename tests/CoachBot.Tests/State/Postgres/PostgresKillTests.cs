using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CoachBot.Tests.Support;
using Npgsql;

namespace CoachBot.Tests.State.Postgres;

/// <summary>
/// Two real host processes on one PostgreSQL database under a load of conversations (issue 15, point 3): one is
/// killed with SIGKILL midway. Every turn is answered 200, by the survivor when the killed one cannot (as Teams
/// redelivers to another instance behind a load balancer), and every conversation ends where its turns lead: nothing
/// lost, nothing done twice; and every escalation a staffer asked for and got a 200 for is in the database, once.
/// Runs alone: two host processes and a load. Bounded in time.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class PostgresKillTests
{
    private const int Conversations = 16;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Load_OneOfTwoInstancesKilledMidway_EveryTurnAnsweredAndEveryConversationComplete()
    {
        using var limit = new CancellationTokenSource(Bound);
        var database = await PostgresServer.CreateDatabaseAsync();
        using var doomed = await StartAsync(database, limit.Token);
        using var survivor = await StartAsync(database, limit.Token);
        using var http = new HttpClient(new SocketsHttpHandler());
        var answered = 0;
        var redelivered = 0;
        var killed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        async Task<string> TurnAsync(string conversation, string user, string text, int turn)
        {
            var activity = ActivityJson.Message(text).From(user, user).ExpectingReplies();
            activity.Node["conversation"]!["id"] = conversation;
            var json = activity.ToJson();
            if ((turn + conversation.Length) % 2 == 0)
            {
                try
                {
                    return await PostAsync(http, doomed, json, limit.Token);
                }
                catch (HttpRequestException)
                {
                    // The instance died under this request, or before it: the same activity goes to the other one.
                    Interlocked.Increment(ref redelivered);
                }
            }

            return await PostAsync(http, survivor, json, limit.Token);
        }

        async Task<string> ConversationAsync(int n)
        {
            var conversation = $"a:conv-pgkill-{n}-{Guid.NewGuid():N}";
            var user = $"29:user-{n}";
            string last = string.Empty;
            string[] turns = ["hi", $"Name{n}", "Sales", "yes"];
            for (var turn = 0; turn < turns.Length; turn++)
            {
                last = await TurnAsync(conversation, user, turns[turn], turn);
                if (Interlocked.Increment(ref answered) == Conversations)
                {
                    // A quarter of the turns answered: the first instance dies, with turns of its own in flight.
                    await doomed.KillAsync();
                    killed.TrySetResult();
                }
            }

            return last;
        }

        var endings = await Task.WhenAll(Enumerable.Range(0, Conversations).Select(ConversationAsync));

        Assert.True(killed.Task.IsCompleted, "The instance was not killed during the load.");
        Assert.True(redelivered > 0, "No turn went to the killed instance after it died.");
        for (var n = 0; n < Conversations; n++)
        {
            Assert.Contains($"Great, Name{n}! You're all set.", endings[n], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Escalations_OneOfTwoInstancesKilledMidway_EveryAcknowledgedOneIsInTheDatabaseOnce()
    {
        const string Complaint = "The guest is shouting at the desk, his bag is lost and he wants money";
        const string CallManager = "Call the duty manager";
        using var limit = new CancellationTokenSource(Bound);
        var database = await PostgresServer.CreateDatabaseAsync();
        using var doomed = await StartAsync(database, limit.Token, "coach");
        using var survivor = await StartAsync(database, limit.Token, "coach");
        using var http = new HttpClient(new SocketsHttpHandler());
        var answered = 0;
        var redelivered = 0;

        // Half the conversations' turns go to the instance that dies once sixteen turns (a third to a half of them)
        // are answered; a turn it cannot answer goes, the same activity, to the survivor.
        async Task<IReadOnlyList<BotMessage>> TurnAsync(int n, ActivityJson activity)
        {
            var json = activity.ToJson();
            IReadOnlyList<BotMessage>? replies = null;
            if (n % 2 == 0)
            {
                try
                {
                    replies = await SendAsync(http, doomed, json, limit.Token);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref redelivered);
                }
            }

            replies ??= await SendAsync(http, survivor, json, limit.Token);
            if (Interlocked.Increment(ref answered) == Conversations)
            {
                await doomed.KillAsync();
            }

            return replies;
        }

        async Task<string> EscalateAsync(int n)
        {
            var conversation = $"a:conv-pgescalate-{n}-{Guid.NewGuid():N}";
            ActivityJson Message(string? text) => ActivityJson.Message(text).From($"29:staff-{n}", $"Staff {n}").InConversation(conversation, "personal").ExpectingReplies();
            var replies = await TurnAsync(n, Message(Complaint));

            // The advice may first ask what it needs to know: its first answer each time.
            for (var i = 0; i < 3 && !replies[^1].Buttons.Contains(CallManager); i++)
            {
                replies = await TurnAsync(n, Message(null).Set("value", new JsonObject { ["choice"] = replies[^1].SubmitValueOf(replies[^1].Buttons[0]) }));
            }

            await TurnAsync(n, Message(null).Set("value", new JsonObject { ["choice"] = replies[^1].SubmitValueOf(CallManager) }));
            return conversation;
        }

        var conversations = await Task.WhenAll(Enumerable.Range(0, Conversations).Select(EscalateAsync));

        Assert.True(redelivered > 0, "No turn went to the killed instance after it died.");
        var stored = await EscalationsByConversationAsync(database);
        Assert.All(conversations, c => Assert.Equal(1, stored.GetValueOrDefault(c)));
    }

    private static async Task<Dictionary<string, int>> EscalationsByConversationAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT conversation_id, count(*) FROM outbox WHERE kind = 'escalation' GROUP BY conversation_id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            counts[reader.GetString(0)] = (int)reader.GetInt64(1);
        }

        return counts;
    }

    private static async Task<IReadOnlyList<BotMessage>> SendAsync(HttpClient http, RunningHost host, string json, CancellationToken cancellationToken)
    {
        using var content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        using var response = await http.PostAsync(new Uri(host.Address, BotClient.Endpoint), content, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return BotClient.RepliesIn(body);
    }

    private static Task<RunningHost> StartAsync(string database, CancellationToken cancellationToken, string dialog = "demo") =>
        RunningHost.StartAsync(
            new Dictionary<string, string>
            {
                ["State__Provider"] = "Postgres",
                ["State__Postgres__ConnectionString"] = database,
                ["Coaching__RootDialog"] = dialog,
                ["Content__Reload__Enabled"] = "false",
            },
            cancellationToken);

    private static async Task<string> PostAsync(HttpClient http, RunningHost host, string json, CancellationToken cancellationToken)
    {
        using var content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        using var response = await http.PostAsync(new Uri(host.Address, BotClient.Endpoint), content, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return string.Join("\n", JsonNode.Parse(body)!["activities"]!.AsArray().Select(a => (string?)a!["text"] ?? string.Empty));
    }
}
