using System.Net;
using System.Text.Json.Nodes;
using CoachBot.Coaching.Training;
using CoachBot.Hosting;
using CoachBot.Outbox;
using CoachBot.State;
using CoachBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.ChannelQuizzes;

/// <summary>A person in the quiz channel: their name and Entra object id (their Teams id is "29:" + it).</summary>
internal sealed record Member(string Name, string Aad)
{
    public string Id => $"29:{Aad}";
}

/// <summary>What an <c>adaptiveCard/action</c> invoke was answered with.</summary>
internal sealed record InvokeAnswer(HttpStatusCode Status, JsonNode? Body)
{
    /// <summary>The refreshed card in the response (its <c>value</c> when the type is an Adaptive Card).</summary>
    public JsonNode Card
    {
        get
        {
            Assert.Equal(HttpStatusCode.OK, Status);
            Assert.Equal(200, (int)Body!["statusCode"]!);
            Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)Body["type"]);
            return Body["value"]!;
        }
    }
}

/// <summary>
/// A team channel with a trainer (Hoa) and trainees, everything over <c>/api/messages</c> and the fake Connector (whose
/// roster lists them). Time is a <see cref="FakeTimeProvider"/> and the outbox loop is off: a question's time limit runs
/// out only when a test advances the clock and runs the outbox, as the background loop would.
/// </summary>
internal sealed class ChannelQuizHarness : IDisposable
{
    public const string TrainerAad = "00000000-0000-0000-0000-0000000c0001";

    private readonly TempDirectory _directory = new();

    public ChannelQuizHarness(int trainees = 3, string provider = "InMemory", bool realRateLimits = false, string? databasePath = null)
    {
        Host = provider == "Sqlite" || databasePath is not null ? BotHost.Sqlite(databasePath ?? _directory.File("quiz.db")) : new BotHost();
        Host.Settings["Coaching:RootDialog"] = "coach";
        Host.Settings["Bot:Connector:MaxAttempts"] = "1";
        Host.Settings["CoachBot:OutboxPollSeconds"] = "3600";
        Host.Settings["Roles:Users:" + TrainerAad] = "trainer";
        if (realRateLimits)
        {
            Host.Settings.Remove("RateLimiting:Messages:TokenLimit");
            Host.Settings.Remove("RateLimiting:Interactions:TokenLimit");
        }

        Host.Replace = services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(OutboxWorker)));
        };
        MoveTo(
            "19:team@thread.tacv2",
            new Member("Hoa", TrainerAad),
            [.. Enumerable.Range(1, trainees).Select(i => new Member(i switch { 1 => "Lan", 2 => "Tuan", 3 => "Mai", _ => $"Trainee {i}" }, $"00000000-0000-0000-0000-0000000e{i:D4}"))]);
    }

    /// <summary>From now on the harness talks in a new channel thread of team <paramref name="teamId"/>, whose roster is these people.</summary>
    public void MoveTo(string teamId, Member trainer, IReadOnlyList<Member> trainees)
    {
        TeamId = teamId;
        ChannelId = $"19:{Guid.NewGuid():N}@thread.tacv2;messageid=1733400000000";
        Trainer = trainer;
        Trainees = trainees;
        Host.Connector.Members = [.. new[] { Trainer }.Concat(Trainees).Select(m => new JsonObject { ["id"] = m.Id, ["name"] = m.Name, ["aadObjectId"] = m.Aad })
            .Append(new JsonObject { ["id"] = ActivityJson.BotId, ["name"] = ActivityJson.BotName })];
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 1, 15, 8, 30, 0, TimeSpan.Zero));

    public BotHost Host { get; }

    public Member Trainer { get; private set; } = null!;

    public IReadOnlyList<Member> Trainees { get; private set; } = [];

    /// <summary>A reply thread in a team channel, as Teams names it.</summary>
    public string ChannelId { get; private set; } = string.Empty;

    /// <summary>The team the channel belongs to (<c>channelData.team.id</c>).</summary>
    public string TeamId { get; private set; } = string.Empty;

    public QuizBank Bank => Host.Services.GetRequiredService<CoachingContent>().Current.Quiz;

    public IStateStore Store => Host.Services.GetRequiredService<IStateStore>();

    /// <summary>Cards the bot posted to the channel (not replacements), in order.</summary>
    public IReadOnlyList<JsonNode> Posted => [.. Host.Connector.DeliveredTo(ChannelId)
        .Where(c => c.Method == HttpMethod.Post && c.Body?["attachments"] is not null)
        .Select(c => c.Body!["attachments"]![0]!["content"]!)];

    /// <summary>Cards the bot put in place of earlier ones (a closed question).</summary>
    public IReadOnlyList<JsonNode> Replaced => [.. Host.Connector.DeliveredTo(ChannelId)
        .Where(c => c.Method == HttpMethod.Put)
        .Select(c => c.Body!["attachments"]![0]!["content"]!)];

    /// <summary>Says <paramref name="text"/> in the channel, mentioning the bot; returns the texts of its replies.</summary>
    public async Task<IReadOnlyList<string>> SayAsync(Member who, string text, string locale = "en-US")
    {
        using var client = ClientFor(who, locale);
        var replies = await client.SendAsync(InChannel(client, client.Message($"<at>{ActivityJson.BotName}</at> {text}"), who).MentioningBot());
        return [.. replies.Select(r => r.Text)];
    }

    /// <summary>Presses a card's button as Teams does (an Action.Execute invoke), or refreshes it with trigger "automatic".</summary>
    public async Task<InvokeAnswer> PressAsync(Member who, JsonNode card, string title, string trigger = "manual", string? activityId = null)
    {
        var action = Actions(card).Single(a => (string?)a["title"] == title);
        return await InvokeAsync(who, action, trigger, activityId);
    }

    /// <summary>The refresh Teams sends by itself when a listed member sees the card.</summary>
    public Task<InvokeAnswer> RefreshAsync(Member who, JsonNode card, string? activityId = null) =>
        InvokeAsync(who, card["refresh"]!["action"]!, "automatic", activityId);

    public async Task<InvokeAnswer> InvokeAsync(Member who, JsonNode action, string trigger, string? activityId = null)
    {
        using var client = ClientFor(who, "en-US");
        var invoke = ActivityJson.Invoke("adaptiveCard/action", new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = action["verb"]!.DeepClone(), ["data"] = action["data"]!.DeepClone() },
            ["trigger"] = trigger,
        });
        if (activityId is not null)
        {
            invoke.WithId(activityId);
        }

        invoke.Node["conversation"]!["id"] = ChannelId;
        InChannel(client, invoke.From(who.Id, who.Name), who);
        using var response = await client.PostAsync(invoke.ToJson());
        var body = await response.Content.ReadAsStringAsync();
        return new InvokeAnswer(response.StatusCode, body.Length == 0 ? null : JsonNode.Parse(body));
    }

    /// <summary>Lets time pass, then runs the outbox once, as its background loop would.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Time.Advance(by);
        await Host.Services.GetRequiredService<OutboxDispatcher>().DeliverDueAsync(default);
    }

    /// <summary>The bank's question a card asks (matched on its prompt).</summary>
    public QuizQuestion QuestionOn(JsonNode card)
    {
        var texts = Texts(card);
        return Bank.Questions.Single(q => texts.Contains(q.Prompt.For(Dialogs.ReplyLanguage.English)) || texts.Contains(q.Prompt.For(Dialogs.ReplyLanguage.Vietnamese)) || texts.Contains(q.Prompt.For(Dialogs.ReplyLanguage.Chinese)));
    }

    /// <summary>The letter of the right (or a wrong) option on a question card.</summary>
    public string Letter(JsonNode card, bool right)
    {
        var question = QuestionOn(card);
        return (string)Actions(card).First(a => (string?)a["data"]?["channelQuiz"] == "answer"
            && question.Answer.Contains((string)a["data"]!["option"]!) == right)["title"]!;
    }

    public static IReadOnlyList<JsonNode> Actions(JsonNode card) => [.. card["actions"]?.AsArray().Select(a => a!) ?? []];

    /// <summary>Every TextBlock's text in a card, containers included, in order.</summary>
    public static IReadOnlyList<string> Texts(JsonNode card)
    {
        var texts = new List<string>();
        Walk(card["body"]);
        return texts;

        void Walk(JsonNode? node)
        {
            foreach (var element in node?.AsArray() ?? [])
            {
                if ((string?)element?["type"] == "TextBlock")
                {
                    texts.Add((string)element["text"]!);
                }

                Walk(element?["items"]);
            }
        }
    }

    public void Dispose()
    {
        Host.Dispose();
        _directory.Dispose();
    }

    private BotClient ClientFor(Member who, string locale) => new(Host.CreateClient(), Host.Connector)
    {
        ConversationId = ChannelId,
        UserId = who.Id,
        UserName = who.Name,
        Locale = locale,
    };

    private ActivityJson InChannel(BotClient client, ActivityJson activity, Member who)
    {
        activity.InConversation(client.ConversationId, "channel")
            .Set("channelData", new JsonObject
            {
                ["tenant"] = new JsonObject { ["id"] = "tenant-1" },
                ["team"] = new JsonObject { ["id"] = TeamId },
                ["channel"] = new JsonObject { ["id"] = "19:training@thread.tacv2" },
            });
        activity.Node["from"]!["aadObjectId"] = who.Aad;
        return activity;
    }
}
