using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConnectorDriver;

/// <summary>What one operation returned: the response body, or the Connector error.</summary>
internal sealed record DriverResult(string Op, bool Ok, JsonNode? Result, int? Status, string? ErrorCode)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Options);
}
