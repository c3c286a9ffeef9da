using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CoachBot.Protocol.Schema;

/// <summary>
/// The JSON settings of the protocol: lowerCamelCase, nulls omitted, case-sensitive names (so a
/// wrongly cased field is kept as an unknown field rather than merged), non-ASCII text written as is.
/// </summary>
public static class ProtocolJson
{
    /// <summary>Options for activities and the other protocol types; also serializes other types by reflection.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Serializes an activity (or any protocol type) to UTF-8 JSON.</summary>
    public static byte[] SerializeToUtf8Bytes<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    /// <summary>Serializes an activity (or any protocol type) to a JSON string.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(ProtocolJsonContext.Default.Options)
        {
            // Replies go into HTTP bodies, never into HTML, so Vietnamese and Chinese need no \u escapes.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = JsonTypeInfoResolver.Combine(ProtocolJsonContext.Default, new DefaultJsonTypeInfoResolver()),
        };
        options.MakeReadOnly();
        return options;
    }
}
