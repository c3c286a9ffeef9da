using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachBot.Protocol.Schema;

/// <summary>A user or bot on a channel (Teams: user <c>29:…</c>, bot <c>28:&lt;appId&gt;</c>).</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    /// <summary>The user's Entra object id, when the channel knows it.</summary>
    public string? AadObjectId { get; set; }

    /// <summary><c>user</c> or <c>bot</c>.</summary>
    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
