using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConnectorDriver;

/// <summary>One Connector operation from the shared operations file (tests/conformance/lib/connectorOps.js).</summary>
internal sealed record DriverOperation(
    string Op,
    string? ConversationId,
    string? ActivityId,
    JsonNode? Activity,
    JsonNode? Parameters,
    int? PageSize,
    string? ContinuationToken)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<DriverOperation> ReadAll(string json) =>
        JsonSerializer.Deserialize<List<DriverOperation>>(json, Options) ?? [];
}
