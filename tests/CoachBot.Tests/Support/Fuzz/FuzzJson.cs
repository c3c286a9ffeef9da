using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CoachBot.Tests.Support.Fuzz;

/// <summary>Random JSON values of every type, and byte-level damage to serialized JSON.</summary>
internal static class FuzzJson
{
    public const string Marker = "@@FUZZ@@";

    private static readonly JsonSerializerOptions Raw = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] InvalidUtf8 =
    [
        "FF", "C0 80", "ED A0 80", "ED BF BF", "E2 82", "F4 90 80 80", "80", "C3", "F8 88 80 80 80", "FE FF", "EF BF",
    ];

    private static readonly string[] LoneSurrogates =
    [
        @"\ud800", @"\udfff", @"\udc00\ud800", @"\ud800\u0041", @"\uD83D", @"x\uDE00y", @"\ud800\ud800", @"\udbff",
    ];

    /// <summary>Any JSON value: null, booleans, odd numbers, odd strings, arrays and objects (nested to <paramref name="depth"/>).</summary>
    public static JsonNode? Value(Random random, int depth = 2)
    {
        var kind = random.Next(depth > 0 ? 12 : 9);
        return kind switch
        {
            0 => null,
            1 => JsonValue.Create(random.Next(2) == 0),
            2 => JsonValue.Create(random.Next(-3, 3)),
            3 => JsonValue.Create(FuzzText.Pick(random, [1.5, -0.0, 1e308, double.Epsilon, 9007199254740993d])),
            4 => JsonNode.Parse(FuzzText.Pick(random, ["123456789012345678901234567890", "1e400", "-1e-400", "9223372036854775808", "1.0"])),
            5 => JsonValue.Create(string.Empty),
            6 => JsonValue.Create(FuzzText.Mixed(random, random.Next(1, 4))),
            7 => JsonValue.Create(FuzzText.Pick(random, FuzzText.Commands)),
            8 => JsonValue.Create(FuzzText.Pick(random, ["coach:helpful", "coach:not-helpful", "coach:escalate", "coach:after-call", "like", "dislike"])),
            9 => new JsonArray([.. Enumerable.Range(0, random.Next(3)).Select(_ => Value(random, depth - 1))]),
            10 => new JsonArray(null, Value(random, depth - 1)),
            _ => Object(random, depth - 1),
        };
    }

    public static JsonObject Object(Random random, int depth)
    {
        var names = new[] { "choice", "action", "data", "id", "type", "escalationAck", "actionValue", "reaction", "value", "text", "x" };
        var result = new JsonObject();
        for (var i = random.Next(4); i > 0; i--)
        {
            result[FuzzText.Pick(random, names)] = Value(random, depth);
        }

        return result;
    }

    /// <summary>Nested arrays <paramref name="depth"/> deep (the serializer's limit is 64).</summary>
    public static string Deep(int depth) => new string('[', depth) + new string(']', depth);

    public static byte[] Serialize(Random random, JsonNode node) =>
        Encoding.UTF8.GetBytes(random.Next(2) == 0 ? node.ToJsonString() : node.ToJsonString(Raw));

    /// <summary>The JSON with the string value "@@FUZZ@@" (quotes included) replaced by <paramref name="raw"/>, byte for byte.</summary>
    public static byte[] Splice(byte[] json, byte[] raw)
    {
        var marker = Encoding.ASCII.GetBytes($"\"{Marker}\"");
        var at = json.AsSpan().IndexOf(marker);
        return at < 0 ? json : [.. json.AsSpan(0, at), .. raw, .. json.AsSpan(at + marker.Length)];
    }

    /// <summary>A JSON string token holding invalid UTF-8 somewhere inside.</summary>
    public static byte[] InvalidUtf8String(Random random)
    {
        var bad = FuzzText.Pick(random, InvalidUtf8).Split(' ').Select(h => Convert.ToByte(h, 16));
        return [(byte)'"', .. Encoding.UTF8.GetBytes(FuzzText.Pick(random, ["", "abc", "tenant-", "Khách "])), .. bad, (byte)'"'];
    }

    /// <summary>A JSON string token with a lone or reversed surrogate escape.</summary>
    public static byte[] LoneSurrogateString(Random random) =>
        Encoding.ASCII.GetBytes($"\"a{FuzzText.Pick(random, LoneSurrogates)}b\"");

    /// <summary>An object with one key twice.</summary>
    public static byte[] DuplicateKeyObject(Random random)
    {
        var key = FuzzText.Pick(random, ["tenant", "choice", "id", "secretKeyName", "action", "escalationAck"]);
        return Encoding.UTF8.GetBytes($$"""{"{{key}}":{"id":"t-1"},"other":1,"{{key}}":"second"}""");
    }

    /// <summary>Sets a dotted path (numbers index arrays), creating objects on the way.</summary>
    public static void Set(JsonObject root, string path, JsonNode? value)
    {
        JsonNode node = root;
        var parts = path.Split('.');
        foreach (var part in parts[..^1])
        {
            var next = node is JsonArray array
                ? (int.Parse(part, System.Globalization.CultureInfo.InvariantCulture) < array.Count ? array[int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)] : null)
                : node[part];
            if (next is not JsonObject and not JsonArray)
            {
                next = new JsonObject();
                if (node is JsonObject obj)
                {
                    obj[part] = next;
                }
                else
                {
                    return;
                }
            }

            node = next;
        }

        if (node is JsonObject target)
        {
            target[parts[^1]] = value;
        }
        else if (node is JsonArray list && int.TryParse(parts[^1], out var index) && index < list.Count)
        {
            list[index] = value;
        }
    }

    /// <summary>The data of every button on the cards of an expectReplies answer.</summary>
    public static List<JsonNode> Buttons(string? answer)
    {
        if (string.IsNullOrEmpty(answer) || !answer.StartsWith('{'))
        {
            return [];
        }

        try
        {
            return [.. (JsonNode.Parse(answer)?["activities"]?.AsArray() ?? [])
                .SelectMany(a => a?["attachments"]?.AsArray() ?? [])
                .SelectMany(a => a?["content"]?["actions"]?.AsArray() ?? [])
                .Select(a => a?["data"])
                .OfType<JsonNode>()];
        }
        catch (System.Text.Json.JsonException)
        {
            return [];
        }
    }
}
