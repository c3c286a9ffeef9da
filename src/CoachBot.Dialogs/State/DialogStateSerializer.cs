using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachBot.Dialogs;

/// <summary>The one JSON shape of dialog state, options, values and side-effect payloads (camelCase).</summary>
public static class DialogStateSerializer
{
    /// <summary>The shared, read-only serializer options.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The state as JSON text.</summary>
    public static string Serialize(DialogState state) => JsonSerializer.Serialize(state, Options);

    /// <summary>The state as UTF-8 JSON.</summary>
    public static byte[] SerializeToUtf8Bytes(DialogState state) => JsonSerializer.SerializeToUtf8Bytes(state, Options);

    /// <summary>The state stored as <paramref name="json"/>; <see cref="DialogState.Empty"/> when there is none.</summary>
    public static DialogState Deserialize(string? json) =>
        string.IsNullOrWhiteSpace(json) ? DialogState.Empty : JsonSerializer.Deserialize<DialogState>(json, Options) ?? DialogState.Empty;

    /// <summary>The state stored as UTF-8 JSON; <see cref="DialogState.Empty"/> when there is none.</summary>
    public static DialogState Deserialize(ReadOnlySpan<byte> utf8Json) =>
        utf8Json.IsEmpty ? DialogState.Empty : JsonSerializer.Deserialize<DialogState>(utf8Json, Options) ?? DialogState.Empty;

    /// <summary><paramref name="value"/> as a JSON element (by its runtime type when <typeparamref name="T"/> is object).</summary>
    public static JsonElement ToElement<T>(T value) => JsonSerializer.SerializeToElement(value, Options);

    /// <summary>A JSON element read back as <typeparamref name="T"/>.</summary>
    public static T? FromElement<T>(JsonElement element) => element.Deserialize<T>(Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNameCaseInsensitive = true,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
