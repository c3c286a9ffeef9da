using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace CoachBot.Development;

/// <summary>
/// The development Connector's memory: activities the bot sent (replies and proactive messages) are
/// kept (bounded) and pushed to every open chat page. Development only; nothing here is durable.
/// </summary>
public sealed class DevChatHub
{
    private const int MaxHistory = 500;
    private readonly Lock _sync = new();
    private readonly List<JsonObject> _history = [];
    private readonly List<Channel<JsonObject>> _subscribers = [];
    private long _nextId;

    /// <summary>Records an event (kind: send, update, delete) and pushes it to the open pages.</summary>
    public string Publish(string kind, string conversationId, JsonObject? activity, string? activityId = null)
    {
        var id = activityId ?? $"dev-{Interlocked.Increment(ref _nextId)}";
        var message = new JsonObject
        {
            ["kind"] = kind,
            ["conversationId"] = conversationId,
            ["activityId"] = id,
            ["activity"] = activity,
        };

        lock (_sync)
        {
            _history.Add(message);
            if (_history.Count > MaxHistory)
            {
                _history.RemoveAt(0);
            }

            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite((JsonObject)message.DeepClone());
            }
        }

        return id;
    }

    /// <summary>
    /// Opens a subscription that first replays the history, then a <c>{"kind":"live"}</c> marker (so the
    /// page can tell what arrived while it was away from what arrives now), then streams new events.
    /// </summary>
    public ChannelReader<JsonObject> Subscribe(CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<JsonObject>(new BoundedChannelOptions(MaxHistory * 2) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_sync)
        {
            foreach (var message in _history)
            {
                channel.Writer.TryWrite((JsonObject)message.DeepClone());
            }

            channel.Writer.TryWrite(new JsonObject { ["kind"] = "live" });
            _subscribers.Add(channel);
        }

        cancellationToken.Register(() =>
        {
            lock (_sync)
            {
                _subscribers.Remove(channel);
            }

            channel.Writer.TryComplete();
        });
        return channel.Reader;
    }

    /// <summary>Everything sent so far, for tests.</summary>
    public IReadOnlyList<JsonObject> History
    {
        get
        {
            lock (_sync)
            {
                return [.. _history.Select(m => (JsonObject)m.DeepClone())];
            }
        }
    }
}
