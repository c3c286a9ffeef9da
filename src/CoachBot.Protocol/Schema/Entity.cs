using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CoachBot.Protocol.Schema;

/// <summary>
/// An activity entity (<c>mention</c>, <c>clientInfo</c>, <c>https://schema.org/Message</c>, <c>streaminfo</c> …).
/// Only <see cref="Type"/> is typed; every other field lives in <see cref="Properties"/> so unknown
/// entities round-trip unchanged.
/// </summary>
public sealed class Entity
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>Reads a string field such as <c>text</c> or <c>locale</c>; null when absent or not a string.</summary>
    public string? GetString(string name) =>
        Properties is not null && Properties.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>Creates an entity of <paramref name="type"/> whose other fields are those of <paramref name="properties"/>.</summary>
    public static Entity Create(string type, JsonObject properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        return new Entity
        {
            Type = type,
            Properties = properties.ToDictionary(
                p => p.Key,
                p => JsonSerializer.SerializeToElement(p.Value, ProtocolJsonContext.Default.JsonNode)),
        };
    }

    /// <summary>
    /// Creates an entity of <paramref name="type"/> whose other fields are the properties of <paramref name="properties"/>
    /// (a typed record), serialised once with the protocol's options.
    /// </summary>
    public static Entity Create<T>(string type, T properties)
    {
        var element = JsonSerializer.SerializeToElement(properties, ProtocolJson.Options);
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            fields[property.Name] = property.Value;
        }

        return new Entity { Type = type, Properties = fields };
    }

    /// <summary>A Teams mention of <paramref name="account"/>, shown as <c>&lt;at&gt;name&lt;/at&gt;</c> in the text.</summary>
    public static Entity CreateMention(ChannelAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return Create(EntityTypes.Mention, new JsonObject
        {
            ["mentioned"] = new JsonObject { ["id"] = account.Id, ["name"] = account.Name },
            ["text"] = $"<at>{account.Name}</at>",
        });
    }
}
