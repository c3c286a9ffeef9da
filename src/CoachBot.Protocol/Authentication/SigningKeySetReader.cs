using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Protocol.Authentication;

/// <summary>
/// Reads OpenID metadata (<c>jwks_uri</c>) and a JWKS document, keeping each RSA key's <c>endorsements</c>,
/// which the generic IdentityModel key types do not surface.
/// </summary>
internal static class SigningKeySetReader
{
    public static string? ReadJwksUri(ReadOnlySpan<byte> metadataJson)
    {
        using var document = JsonDocument.Parse(metadataJson.ToArray());
        return document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("jwks_uri", out var uri)
            && uri.ValueKind == JsonValueKind.String
                ? uri.GetString()
                : null;
    }

    public static Dictionary<string, SigningKey> ReadKeys(ReadOnlySpan<byte> jwksJson)
    {
        using var document = JsonDocument.Parse(jwksJson.ToArray());
        var keys = new Dictionary<string, SigningKey>(StringComparer.Ordinal);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("keys", out var array)
            || array.ValueKind != JsonValueKind.Array)
        {
            return keys;
        }

        foreach (var key in array.EnumerateArray())
        {
            var kid = ReadString(key, "kid");
            var modulus = ReadString(key, "n");
            var exponent = ReadString(key, "e");
            // As botframework-connector: only keys with a modulus and exponent are usable; others are unknown.
            if (kid is null || modulus is null || exponent is null || keys.ContainsKey(kid))
            {
                continue;
            }

            RSAParameters parameters;
            try
            {
                parameters = new RSAParameters
                {
                    Modulus = Base64UrlEncoder.DecodeBytes(modulus),
                    Exponent = Base64UrlEncoder.DecodeBytes(exponent),
                };
            }
            catch (FormatException)
            {
                continue;
            }

            keys[kid] = new SigningKey(new RsaSecurityKey(parameters) { KeyId = kid }, ReadEndorsements(key));
        }

        return keys;
    }

    private static string? ReadString(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static string[] ReadEndorsements(JsonElement key) =>
        key.TryGetProperty("endorsements", out var endorsements) && endorsements.ValueKind == JsonValueKind.Array
            ? endorsements.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.String)
                .Select(e => e.GetString()!)
                .ToArray()
            : [];
}
