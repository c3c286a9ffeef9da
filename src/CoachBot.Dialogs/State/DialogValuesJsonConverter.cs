using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachBot.Dialogs;

/// <summary>Writes <see cref="DialogValues"/> as a plain JSON object, so it can be passed as begin options.</summary>
internal sealed class DialogValuesJsonConverter : JsonConverter<DialogValues>
{
    public override DialogValues Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var values = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(ref reader, options) ?? [];
        return new DialogValues(new Dictionary<string, JsonElement>(values, StringComparer.Ordinal));
    }

    public override void Write(Utf8JsonWriter writer, DialogValues value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value.ToDictionary(), options);
}
