using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachBot.Protocol.Schema;

/// <summary>A message attachment, e.g. an Adaptive Card (<see cref="AdaptiveCardContentType"/>).</summary>
public sealed class Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; set; }

    /// <summary>The card or other content: a typed record when the bot builds it, a <see cref="JsonElement"/> when read from JSON.</summary>
    public object? Content { get; set; }

    public string? ContentUrl { get; set; }

    public string? Name { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
