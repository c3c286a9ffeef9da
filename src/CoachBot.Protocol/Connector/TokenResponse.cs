using System.Globalization;
using System.Text.Json;

namespace CoachBot.Protocol.Connector;

/// <summary>The fields of an OAuth token (or error) response the provider needs.</summary>
internal sealed record TokenResponse(string? AccessToken, long ExpiresIn, string? Error)
{
    public static TokenResponse? Parse(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            return new TokenResponse(ReadString(root, "access_token"), ReadSeconds(root), ReadString(root, "error"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? ReadString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // Entra sends a number; some endpoints send it as a string.
    private static long ReadSeconds(JsonElement root)
    {
        if (!root.TryGetProperty("expires_in", out var value))
        {
            return 0;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var seconds) => seconds,
            JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) => seconds,
            _ => 0,
        };
    }
}
