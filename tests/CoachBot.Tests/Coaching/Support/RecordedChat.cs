using System.Text;
using System.Text.Json.Nodes;
using CoachBot.Tests.Support;

namespace CoachBot.Tests.Coaching.Support;

/// <summary>
/// One user's 1:1 chat with the coaching bot over the real endpoint (expectReplies), written down as it goes:
/// what the user says or presses, every reply as the user reads it (card title, sections, buttons in [brackets],
/// cited inventory ids) and any proactive notice the bot sends into the chat during the turn. <see cref="Text"/>
/// is what the snapshot keeps; it holds no ids, times or GUIDs.
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

    public void Dispose() => Client.Dispose();

    private async Task<IReadOnlyList<BotMessage>> SendAsync(ActivityJson activity)
    {
        if (AadObjectId is not null)
        {
            activity.Node["from"]!["aadObjectId"] = AadObjectId;
        }

        var before = _host.Connector.DeliveredTo(Client.ConversationId).Count;
        Last = await Client.SendAsync(activity);
        LastNotices = [.. _host.Connector.DeliveredTo(Client.ConversationId).Skip(before).Select(c => c.Message)];
        foreach (var reply in Last)
        {
            Write("BOT   ", reply);
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
