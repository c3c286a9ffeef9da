using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CoachBot.Protocol.Schema;

/// <summary>
/// One Bot Framework activity as it travels on the wire. Fields this type does not name are kept in
/// <see cref="AdditionalProperties"/> so that a parsed activity serializes back without losing them.
/// </summary>
public sealed class Activity
{
    /// <summary>The activity type, e.g. <see cref="ActivityTypes.Message"/>; unknown values are allowed.</summary>
    public string? Type { get; set; }

    public string? Id { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public DateTimeOffset? LocalTimestamp { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? ReplyToId { get; set; }

    public string? Text { get; set; }

    public string? TextFormat { get; set; }

    public string? Locale { get; set; }

    public string? Summary { get; set; }

    public string? InputHint { get; set; }

    public string? AttachmentLayout { get; set; }

    public IList<Attachment>? Attachments { get; set; }

    public SuggestedActions? SuggestedActions { get; set; }

    /// <summary>Card submit or invoke payload.</summary>
    public JsonElement? Value { get; set; }

    /// <summary>Event or invoke name.</summary>
    public string? Name { get; set; }

    public IList<Entity>? Entities { get; set; }

    /// <summary>Channel-specific data; for Teams: tenant, team, channel, eventType, notification.</summary>
    public JsonNode? ChannelData { get; set; }

    /// <summary><c>normal</c> (default) or <c>expectReplies</c>.</summary>
    public string? DeliveryMode { get; set; }

    public IList<ChannelAccount>? MembersAdded { get; set; }

    public IList<ChannelAccount>? MembersRemoved { get; set; }

    /// <summary>For <c>installationUpdate</c>: add, remove, add-upgrade, remove-upgrade.</summary>
    public string? Action { get; set; }

    /// <summary>Fields this type does not name, kept verbatim.</summary>
    // Dictionary rather than JsonObject: JsonObject extension data writes invalid JSON in System.Text.Json 10.
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Whether <see cref="Type"/> equals <paramref name="type"/> (ordinal).</summary>
    public bool IsType(string type) => string.Equals(Type, type, StringComparison.Ordinal);

    /// <summary>Whether the sender asked for replies in the HTTP response instead of Connector calls.</summary>
    [JsonIgnore]
    public bool ExpectsReplies => string.Equals(DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal);
}
