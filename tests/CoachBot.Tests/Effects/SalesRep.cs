using System.Text.Json.Nodes;
using CoachBot.Tests.Escalations;
using CoachBot.Tests.Support;

namespace CoachBot.Tests.Effects;

/// <summary>
/// A sales rep (role from configuration) in a 1:1 chat with the coaching bot of an <see cref="EscalationHarness"/>
/// on SQLite. Each turn either asks for the replies in the HTTP answer (expectReplies, so they are recorded for
/// redelivery) or lets them go through the outbox and the Connector, so both kinds of stored copy exist. The rep
/// chats in the harness's staff conversation, so the harness's staff-note failures apply to them, and has a display
/// name found nowhere else, so a test can look for it in every stored byte.
/// </summary>
internal sealed class SalesRep : IDisposable
{
    public const string AadObjectId = "00000000-0000-0000-0000-0000000da7a1";

    public const string DisplayName = "Ottoline Quarrington-Vey";

    private const string Complaint = "The guest is shouting at the desk, his bag is lost and he wants money";
    private const string AfterCallPlan = "I met the bank and led with our rates, they said they'd compare with their current bank";

    private readonly BotClient _inline;
    private readonly BotClient _outbox;

    public SalesRep(EscalationHarness hotel)
    {
        ArgumentNullException.ThrowIfNull(hotel);
        hotel.Host.Settings["Coaching:RootDialog"] = "coach";
        hotel.Host.Settings[$"Roles:Users:{AadObjectId}"] = "sales";
        var conversationId = hotel.StaffConversationId;
        _inline = new BotClient(hotel.Host.CreateClient(), hotel.Connector) { ConversationId = conversationId, UserId = UserId, UserName = DisplayName };
        _outbox = new BotClient(hotel.Host.CreateClient(), hotel.Connector) { ConversationId = conversationId, UserId = UserId, UserName = DisplayName, ExpectReplies = false };
    }

    public string UserId { get; } = $"29:rep-{Guid.NewGuid():N}";

    public string ConversationId => _inline.ConversationId;

    public Task<IReadOnlyList<BotMessage>> SaysAsync(string text, bool expectReplies = true) =>
        SendAsync((expectReplies ? _inline : _outbox).Message(text), expectReplies);

    public Task<IReadOnlyList<BotMessage>> PressesAsync(BotMessage card, string title, bool expectReplies = true)
    {
        ArgumentNullException.ThrowIfNull(card);
        var client = expectReplies ? _inline : _outbox;
        return SendAsync(client.Message(null).Set("value", new JsonObject { ["choice"] = card.SubmitValueOf(title) }), expectReplies);
    }

    /// <summary>Teams' own thumbs up under the last reply (the message/submitAction invoke Teams sends).</summary>
    public Task<IReadOnlyList<BotMessage>> GivesThumbsUpAsync() =>
        SendAsync(_outbox.Prepare(ActivityJson.Invoke("message/submitAction", new JsonObject
        {
            ["actionName"] = "feedback",
            ["actionValue"] = new JsonObject { ["reaction"] = "like", ["feedback"] = "{\"feedbackText\":\"\"}" },
        })), expectReplies: false);

    /// <summary>Describes an angry guest and answers the fact questions until the advice card (with its escalation button) comes.</summary>
    public async Task<BotMessage> GetsComplaintAdviceAsync()
    {
        var replies = await SaysAsync(Complaint);
        for (var i = 0; i < 3 && !replies[^1].Buttons.Contains("Call the duty manager"); i++)
        {
            replies = await PressesAsync(replies[^1], replies[^1].Buttons[0]);
        }

        Assert.Contains("Call the duty manager", replies[^1].Buttons);
        return replies[^1];
    }

    /// <summary>Goes through the after-call questions and saves <paramref name="note"/>; the note's own turn goes through the outbox.</summary>
    public async Task SavesCallNoteAsync(string note)
    {
        var plan = Assert.Single(await SaysAsync(AfterCallPlan));
        var prospect = Assert.Single(await PressesAsync(plan, "After the call"));
        Assert.Empty(prospect.Buttons);
        var gap = Assert.Single(await SaysAsync("Keller Logistics"));
        var decider = Assert.Single(await PressesAsync(gap, "None yet"));
        var nextStep = Assert.Single(await PressesAsync(decider, "No"));
        Assert.Single(await PressesAsync(nextStep, "Not agreed yet"));
        var saved = await SaysAsync(note, expectReplies: false);
        Assert.StartsWith("Saved your call note", saved[0].Text, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _inline.Dispose();
        _outbox.Dispose();
    }

    private Task<IReadOnlyList<BotMessage>> SendAsync(ActivityJson activity, bool expectReplies)
    {
        activity.Node["from"]!["aadObjectId"] = AadObjectId;
        return (expectReplies ? _inline : _outbox).SendAsync(activity);
    }
}
