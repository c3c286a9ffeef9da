using System.Text;
using System.Text.Json.Nodes;
using CoachBot.Tests.Support;

namespace CoachBot.Tests.Coaching.Support;

/// <summary>
/// One user's 1:1 chat with the coaching bot over the real endpoint (expectReplies), written down as it goes:
/// what the user says or presses, every reply as the user reads it (see <see cref="MessageText"/>: the first screen,
/// sections, buttons in [brackets], what opens behind "More", cited inventory ids) and any proactive notice the bot
/// sends into the chat during the turn. <see cref="Text"/> is what the snapshot keeps; it holds no ids, times or GUIDs.
/// </summary>
public sealed class RecordedChat : IDisposable
{
    private readonly BotHost _host;
    private readonly StringBuilder _text = new();

    public RecordedChat(BotHost host, string locale = "en-US", string? aadObjectId = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        _host = host;
        AadObjectId = aadObjectId;
        // A user of its own, so saved notes, feedback and "forget my data" of one test never touch another's.
        Client = new BotClient(host.CreateClient(), host.Connector) { Locale = locale, UserId = $"29:user-{Guid.NewGuid():N}" };
    }

    public BotClient Client { get; }

    /// <summary>The sender's Entra object id, which the host maps to a role (none: the lowest role).</summary>
    public string? AadObjectId { get; }

    /// <summary>The replies to the last turn.</summary>
    public IReadOnlyList<BotMessage> Last { get; private set; } = [];

    /// <summary>The proactive messages that reached this chat during the last turn (e.g. an escalation's news).</summary>
    public IReadOnlyList<BotMessage> LastNotices { get; private set; } = [];

    /// <summary>The conversation so far, as readable text.</summary>
    public string Text => _text.ToString();

    public Task<IReadOnlyList<BotMessage>> SaysAsync(string text)
    {
        _text.Append("USER  ").AppendLine(text);
        return SendAsync(Client.Message(text));
    }

    /// <summary>Teams' own thumbs up / down under a message (the message/submitAction invoke Teams sends); Teams shows no reply.</summary>
    public async Task GivesFeedbackAsync(bool like)
    {
        _text.Append("USER  gives a thumbs ").AppendLine(like ? "up" : "down");
        var value = new JsonObject
        {
            ["actionName"] = "feedback",
            ["actionValue"] = new JsonObject { ["reaction"] = like ? "like" : "dislike", ["feedback"] = "{\"feedbackText\":\"\"}" },
        };
        var invoke = WithSender(Client.Prepare(ActivityJson.Invoke("message/submitAction", value)).Remove("deliveryMode"));
        using var response = await Client.PostAsync(invoke.ToJson());
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}");
    }

    /// <summary>Presses the button titled <paramref name="title"/> on <paramref name="card"/>: a card submit, as Teams sends it.</summary>
    public Task<IReadOnlyList<BotMessage>> PressesAsync(BotMessage card, string title)
    {
        ArgumentNullException.ThrowIfNull(card);
        Assert.True(card.Buttons.Contains(title), $"No button [{title}] on the card; it has {string.Join(" ", card.Buttons.Select(b => $"[{b}]"))}");
        _text.Append("USER  presses [").Append(title).AppendLine("]");
        return SendAsync(Client.Message(null).Set("value", new JsonObject { ["choice"] = card.SubmitValueOf(title) }));
    }

    /// <summary>Presses a button of the last reply that has it.</summary>
    public Task<IReadOnlyList<BotMessage>> PressesAsync(string title)
    {
        var card = Last.LastOrDefault(m => m.Buttons.Contains(title));
        Assert.True(card is not null, $"No button [{title}] in the last replies: {string.Join(" | ", Last.Select(m => $"{m.Text} {string.Join(" ", m.Buttons.Select(b => $"[{b}]"))}"))}");
        return PressesAsync(card, title);
    }

    /// <summary>Presses the refinement whose answer is <paramref name="option"/> ("Guest's mood? Upset" for "Upset"), as Teams does.</summary>
    public Task<IReadOnlyList<BotMessage>> AnswersOnCardAsync(BotMessage card, string option)
    {
        ArgumentNullException.ThrowIfNull(card);
        var title = card.Buttons.FirstOrDefault(b => b.EndsWith(" " + option, StringComparison.Ordinal) && Card.Refreshes(card, b));
        Assert.True(title is not null, $"No refinement answering [{option}] on the card; it has {string.Join(" ", card.Buttons.Select(b => $"[{b}]"))}");
        return RefinesAsync(card, title);
    }

    /// <summary>
    /// Presses the refreshing button titled <paramref name="title"/> on <paramref name="card"/> as Teams does (an
    /// Action.Execute invoke): the card of the invoke response replaces the pressed one and is written as "BOT ↻",
    /// and comes first in <see cref="Last"/>, followed by the turn's other replies. Its Action.Submit fallback is
    /// <see cref="PressesAsync(BotMessage, string)"/>.
    /// </summary>
    public async Task<IReadOnlyList<BotMessage>> RefinesAsync(BotMessage card, string title)
    {
        ArgumentNullException.ThrowIfNull(card);
        Assert.True(Card.Refreshes(card, title), $"No refreshing button [{title}] on the card; it has {string.Join(" ", card.Buttons.Select(b => $"[{b}]"))}");
        _text.Append("USER  refines [").Append(title).AppendLine("]");
        var action = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "refine", ["data"] = new JsonObject { ["choice"] = card.SubmitValueOf(title) } },
            ["trigger"] = "manual",
        };

        // Teams sends invokes without expectReplies: the other replies of the turn go through the Connector.
        var invoke = WithSender(Client.Prepare(ActivityJson.Invoke("adaptiveCard/action", action)).Remove("deliveryMode"));
        var before = _host.Connector.DeliveredTo(Client.ConversationId).Count;
        using var response = await Client.PostAsync(invoke.ToJson());
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {body}");

        var replies = new List<BotMessage>();
        var answer = JsonNode.Parse(body)!;
        if ((string?)answer["type"] == "application/vnd.microsoft.card.adaptive")
        {
            var refreshed = BotMessage.From(new JsonObject
            {
                ["type"] = "message",
                ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = answer["value"]!.DeepClone() }),
            });
            replies.Add(refreshed);
            Write("BOT ↻ ", refreshed);
            if (Card.More(refreshed) is not null)
            {
                FirstScreen.IsShort(refreshed);
            }
        }

        var delivered = _host.Connector.DeliveredTo(Client.ConversationId).Skip(before).ToList();
        var sent = delivered.Where(c => (string?)c.Body?["replyToId"] == invoke.Id).Select(c => c.Message).ToList();
        replies.AddRange(sent);
        Last = replies;
        LastNotices = [.. delivered.Where(c => (string?)c.Body?["replyToId"] != invoke.Id).Select(c => c.Message)];
        foreach (var reply in sent)
        {
            Write("BOT   ", reply);
        }

        foreach (var notice in LastNotices)
        {
            Write("NOTE  ", notice);
        }

        return Last;
    }

    public void Dispose() => Client.Dispose();

    private ActivityJson WithSender(ActivityJson activity)
    {
        if (AadObjectId is not null)
        {
            activity.Node["from"]!["aadObjectId"] = AadObjectId;
        }

        return activity;
    }

    private async Task<IReadOnlyList<BotMessage>> SendAsync(ActivityJson activity)
    {
        WithSender(activity);
        var before = _host.Connector.DeliveredTo(Client.ConversationId).Count;
        Last = await Client.SendAsync(activity);
        LastNotices = [.. _host.Connector.DeliveredTo(Client.ConversationId).Skip(before).Select(c => c.Message)];
        foreach (var reply in Last)
        {
            Write("BOT   ", reply);

            // Every advice card any transcript produces must be readable with a guest in front of you.
            if (Card.More(reply) is not null)
            {
                FirstScreen.IsShort(reply);
            }
        }

        foreach (var notice in LastNotices)
        {
            Write("NOTE  ", notice);
        }

        return Last;
    }

    private void Write(string who, BotMessage message)
    {
        var lines = MessageText.Lines(message);
        for (var i = 0; i < lines.Count; i++)
        {
            _text.Append(i == 0 ? who : "      ").AppendLine(lines[i]);
        }
    }
}
