using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CoachBot.Protocol.Schema;

/// <summary>A clickable action, e.g. <c>imBack</c> with a title and the text it sends back.</summary>
public sealed class CardAction
{
    /// <summary><c>imBack</c>, <c>messageBack</c>, <c>openUrl</c>, <c>postBack</c> …</summary>
    public string? Type { get; set; }

    public string? Title { get; set; }

    public JsonNode? Value { get; set; }

    public string? Text { get; set; }

    public string? DisplayText { get; set; }

    public string? Image { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
