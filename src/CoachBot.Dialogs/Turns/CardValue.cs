using System.Text.Json;

namespace CoachBot.Dialogs;

/// <summary>
/// Typed reads of a card submit or invoke value that never throw: a field that is missing or of another JSON type
/// than expected counts as absent. Card values come from clients and pasted JSON, so any field can be anything.
/// </summary>
public static class CardValue
{
    /// <summary>The field <paramref name="name"/> of an object value, whatever its type; null when absent or not an object.</summary>
    public static JsonElement? Field(JsonElement? value, string name) =>
        value is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty(name, out var field) ? field : null;

    /// <summary>The field when it is a JSON object.</summary>
    public static JsonElement? ObjectField(JsonElement? value, string name) =>
        Field(value, name) is { ValueKind: JsonValueKind.Object } field ? field : null;

    /// <summary>The field when it is a JSON string.</summary>
    public static string? TextField(JsonElement? value, string name) =>
        Field(value, name) is { ValueKind: JsonValueKind.String } field ? field.GetString() : null;

    /// <summary>The field when it is a JSON number that is a whole 64-bit integer.</summary>
    public static long? WholeNumberField(JsonElement? value, string name) =>
        Field(value, name) is { ValueKind: JsonValueKind.Number } field && field.TryGetInt64(out var number) ? number : null;
}
