using System.Text.Json.Nodes;

namespace CoachBot.Protocol.Schema;

/// <summary>
/// The body of <c>POST /v3/conversations</c>. Teams needs the tenant id; a new channel thread is
/// <c>IsGroup = true</c> with <c>channelData {channel{id}, tenant{id}}</c> and an <see cref="Activity"/>.
/// </summary>
public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }

    public ChannelAccount? Bot { get; set; }

    public IList<ChannelAccount>? Members { get; set; }

    public string? TopicName { get; set; }

    public string? TenantId { get; set; }

    public Activity? Activity { get; set; }

    public JsonNode? ChannelData { get; set; }
}
