using System.Text.Json.Nodes;

namespace CoachBot.Tests.Support;

/// <summary>
/// Builds activities as JSON text, the way a channel sends them, so the tests check the wire format
/// rather than the bot's own types. Defaults describe a Teams 1:1 chat.
/// </summary>
public sealed class ActivityJson
{
    public const string ServiceUrl = "https://smba.test/amer/";
    public const string BotId = "28:coachbot-app";
    public const string BotName = "CoachBot";

    private static int _nextId;

    private ActivityJson(string type) => Node = new JsonObject
    {
        ["type"] = type,
        ["id"] = NewId(),
        ["timestamp"] = "2025-01-15T08:30:00.000Z",
        ["serviceUrl"] = ServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:user-alice", ["name"] = "Alice", ["aadObjectId"] = "00000000-0000-0000-0000-00000000a11c" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["conversation"] = new JsonObject { ["id"] = "a:conv-default", ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
        ["locale"] = "en-US",
    };

    public JsonObject Node { get; }

    public string Id => (string)Node["id"]!;

    public string ConversationId => (string)Node["conversation"]!["id"]!;

    public static ActivityJson Message(string? text)
    {
        var activity = new ActivityJson("message");
        if (text is not null)
        {
            activity.Node["text"] = text;
        }

        return activity;
    }

    public static ActivityJson Of(string type) => new(type);

    /// <summary>The bot was added to the conversation (Teams sends this on install).</summary>
    public static ActivityJson BotAdded() =>
        Of("conversationUpdate").Set("membersAdded", new JsonArray(new JsonObject { ["id"] = BotId, ["name"] = BotName }));

    public static ActivityJson Invoke(string name, JsonNode? value) => Of("invoke").Set("name", name).Set("value", value);

    public static string NewId() => $"act-{Interlocked.Increment(ref _nextId)}-{Guid.NewGuid():N}"[..24];

    public ActivityJson Set(string property, JsonNode? value)
    {
        Node[property] = value;
        return this;
    }

    public ActivityJson Remove(string property)
    {
        Node.Remove(property);
        return this;
    }

    public ActivityJson WithId(string id) => Set("id", id);

    public ActivityJson InConversation(string conversationId, string conversationType = "personal")
    {
        var conversation = Node["conversation"]!.AsObject();
        conversation["id"] = conversationId;
        conversation["conversationType"] = conversationType;
        if (conversationType != "personal")
        {
            conversation["isGroup"] = true;
        }

        return this;
    }

    public ActivityJson From(string userId, string name) => Set("from", new JsonObject { ["id"] = userId, ["name"] = name });

    public ActivityJson WithLocale(string locale) => Set("locale", locale);

    public ActivityJson ExpectingReplies() => Set("deliveryMode", "expectReplies");

    /// <summary>Adds the bot's mention entity, as Teams does when the user types @CoachBot.</summary>
    public ActivityJson MentioningBot() => Set("entities", new JsonArray(new JsonObject
    {
        ["type"] = "mention",
        ["text"] = $"<at>{BotName}</at>",
        ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
    }));

    public string ToJson() => Node.ToJsonString();

    public override string ToString() => ToJson();
}
