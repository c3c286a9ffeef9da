using System.Text.Json.Nodes;
using System.Text.Json;
using CoachBot.Coaching.Conversations;
using CoachBot.Dialogs;
using CoachBot.Outbox;
using CoachBot.State;
using CoachBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Escalations;

/// <summary>
/// A hotel for escalation tests: a staffer in a 1:1 chat, a duty desk channel, a duty manager (Mai), a
/// supervisor (Hung) and a front-desk colleague (Binh) with roles from configuration. Everything goes over
/// <c>/api/messages</c> and the fake Connector; time is a <see cref="FakeTimeProvider"/> and the outbox runs only
/// when a test says so, so every retry and reminder here is one the test caused.
/// </summary>
internal sealed class EscalationHarness : IDisposable
{
    public const string ManagerAad = "00000000-0000-0000-0000-0000000d0001";
    public const string SupervisorAad = "00000000-0000-0000-0000-0000000d0002";
    public const string ColleagueAad = "00000000-0000-0000-0000-0000000d0003";
    public const string EscalationKind = "escalation";

    private readonly TempDirectory _directory = new();
    private BotClient? _staff;

    public EscalationHarness(string provider = "InMemory")
    {
        Host = provider == "Sqlite" ? BotHost.Sqlite(_directory.File("escalations.db")) : new BotHost();
        Host.Settings["Bot:Connector:MaxAttempts"] = "1";
        Host.Settings["CoachBot:OutboxPollSeconds"] = "3600";

        // Both spellings of the role map, so these tests do not depend on which one the host binds.
        foreach (var section in new[] { "Map", "Users" })
        {
            Host.Settings[$"Roles:{section}:{ManagerAad}"] = "duty_manager";
            Host.Settings[$"Roles:{section}:{SupervisorAad}"] = "supervisor";
            Host.Settings[$"Roles:{section}:{ColleagueAad}"] = "front_desk";
        }

        Host.Replace = services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(OutboxWorker)));
        };
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 1, 15, 8, 30, 0, TimeSpan.Zero));

    public BotHost Host { get; }

    public FakeConnector Connector => Host.Connector;

    /// <summary>The staffer who asks for the duty manager, in their 1:1 chat with the bot. The host starts on first use.</summary>
    public BotClient Staff => _staff ??= new BotClient(Host.CreateClient(), Host.Connector) { ExpectReplies = false, UserName = "Alice", ConversationId = StaffConversationId };

    public string StaffConversationId { get; } = $"a:staff-{Guid.NewGuid():N}";

    public string DeskId { get; } = $"19:{Guid.NewGuid():N}@thread.tacv2";

    public IStateStore Store => Host.Services.GetRequiredService<IStateStore>();

    public OutboxDispatcher Dispatcher => Host.Services.GetRequiredService<OutboxDispatcher>();

    /// <summary>Cards the duty desk received, in order.</summary>
    public IReadOnlyList<BotMessage> DeskCards => [.. Connector.DeliveredTo(DeskId).Select(c => c.Message).Where(m => m.Buttons.Count > 0)];

    /// <summary>What the bot told the staffer on its own (not in answer to something they typed).</summary>
    public IReadOnlyList<string> StaffNotes => [.. Connector.DeliveredTo(Staff.ConversationId).Where(c => c.Body?["replyToId"] is null).Select(c => c.Message.Text)];

    /// <summary>Makes the first note to the staffer fail once; call before the host starts.</summary>
    public FlakyReplySender FailFirstStaffNote()
    {
        var flaky = new FlakyReplySender(StaffConversationId);
        var configure = Host.Replace;
        Host.Replace = services =>
        {
            configure?.Invoke(services);
            services.AddSingleton<ConnectorReplySender>();
            services.AddSingleton<IReplySender>(sp => flaky.Wrapping(sp.GetRequiredService<ConnectorReplySender>()));
        };
        return flaky;
    }

    /// <summary>The escalation coaching emits for an angry guest demanding compensation, with three people on duty.</summary>
    public static JsonObject Payload(int reminderMinutes = 10, params EscalationContact[] contacts)
    {
        IReadOnlyList<EscalationContact> roster = contacts.Length > 0 ? contacts :
            [new("Day duty manager", "duty_manager"), new("Front office supervisor", "supervisor"), new("Night duty manager", "duty_manager")];
        var payload = new EscalationPayload(
            "sample-hotel", "complaint", "accusatory", ["complaint.accusatory.classify"], "duty_manager", "immediate", "front_desk", roster, reminderMinutes, "en");
        return DialogStateSerializer.ToElement(payload).Deserialize<JsonObject>()!;
    }

    /// <summary>The staffer talks to the bot once, so the bot knows their conversation.</summary>
    public Task StartStaffChatAsync() => Staff.SendAsync("hi");

    public Task<IReadOnlyList<BotMessage>> RegisterDeskAsync() => SayAtDeskAsync("Mai", ManagerAad, "set duty desk here");

    /// <summary>Someone types in the duty desk channel, mentioning the bot as Teams requires.</summary>
    public async Task<IReadOnlyList<BotMessage>> SayAtDeskAsync(string name, string aadObjectId, string text)
    {
        using var member = DeskMember(name, aadObjectId);
        return await member.SendAsync(AtDesk(member, $"<at>{ActivityJson.BotName}</at> {text}").MentioningBot());
    }

    /// <summary>Someone presses the card's Acknowledge button: a card submit with the button's data and no mention.</summary>
    public async Task<IReadOnlyList<BotMessage>> PressAcknowledgeAsync(string name, string aadObjectId, BotMessage card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var data = card.Activity["attachments"]![0]!["content"]!["actions"]![0]!["data"]!.DeepClone();
        using var member = DeskMember(name, aadObjectId);
        return await member.SendAsync(AtDesk(member, null).Set("value", data));
    }

    /// <summary>Stores an escalation as a coaching turn commits it (the staffer's item), then runs the outbox; returns the item's id.</summary>
    public async Task<long> EscalateAsync(JsonObject? payload = null)
    {
        var item = new NewOutboxItem(EscalationKind, (payload ?? Payload()).ToJsonString()) { UserId = Staff.UserId };
        var id = await Store.EnqueueOutboxAsync(Staff.ConversationId, item, default);
        await Dispatcher.DeliverDueAsync(default);
        return id;
    }

    /// <summary>Lets time pass, then runs one outbox pass, as the background loop would.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Time.Advance(by);
        await Dispatcher.DeliverDueAsync(default);
    }

    /// <summary>The FactSet of a card as title → value.</summary>
    public static IReadOnlyDictionary<string, string> FactsOf(BotMessage card)
    {
        var body = card.Activity["attachments"]![0]!["content"]!["body"]!.AsArray();
        var facts = body.Single(b => (string?)b!["type"] == "FactSet")!["facts"]!.AsArray();
        return facts.ToDictionary(f => (string)f!["title"]!, f => (string)f!["value"]!);
    }

    public void Dispose()
    {
        _staff?.Dispose();
        Host.Dispose();
        _directory.Dispose();
    }

    private BotClient DeskMember(string name, string aadObjectId) => new(Host.CreateClient(), Host.Connector)
    {
        ExpectReplies = false,
        ConversationId = DeskId,
        UserId = $"29:{aadObjectId}",
        UserName = name,
    };

    private static ActivityJson AtDesk(BotClient member, string? text)
    {
        var activity = member.Message(text).InConversation(member.ConversationId, "channel")
            .Set("channelData", new JsonObject
            {
                ["tenant"] = new JsonObject { ["id"] = "tenant-1" },
                ["team"] = new JsonObject { ["id"] = "19:team@thread.tacv2" },
                ["channel"] = new JsonObject { ["id"] = "19:duty-desk@thread.tacv2" },
            });
        activity.Node["from"]!["aadObjectId"] = member.UserId[3..];
        return activity;
    }
}
