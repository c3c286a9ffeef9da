using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachBot.Dialogs;

/// <summary>
/// Reads and writes a <see cref="LocalizedText"/> in dialog state as <c>{en, vi, zh, zhHant}</c>. It also reads the
/// shape older builds stored (<c>english</c> with optional <c>vietnamese</c>, <c>chinese</c>,
/// <c>traditionalChinese</c>), so a prompt open across an upgrade can still be asked again.
/// </summary>
internal sealed class LocalizedTextJsonConverter : JsonConverter<LocalizedText>
{
    public override LocalizedText? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return LocalizedText.FromString(reader.GetString()!);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A localized text is a string or an object of languages.");
        }

        string? en = null, vi = null, zh = null, zhHant = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()?.ToUpperInvariant();
            reader.Read();
            var value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            switch (name)
            {
                case "EN" or "ENGLISH":
                    en = value;
                    break;
                case "VI" or "VIETNAMESE":
                    vi = value;
                    break;
                case "ZH" or "CHINESE":
                    zh = value;
                    break;
                case "ZHHANT" or "ZH-HANT" or "TRADITIONALCHINESE":
                    zhHant = value;
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        en ??= vi ?? zh ?? zhHant ?? throw new JsonException("A localized text has no text.");
        return new LocalizedText(en, vi ?? en, zh ?? zhHant ?? en, zhHant ?? zh ?? en);
    }

    public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("en", value.En);
        writer.WriteString("vi", value.Vi);
        writer.WriteString("zh", value.Zh);
        writer.WriteString("zhHant", value.ZhHant);
        writer.WriteEndObject();
    }
}
