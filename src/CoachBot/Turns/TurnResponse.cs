using System.Text.Json;
using CoachBot.Protocol.Schema;

namespace CoachBot.Turns;

/// <summary>
/// The HTTP answer to one activity: status and optional JSON body (expectReplies or invoke), as the UTF-8 bytes sent:
/// serialised once, and the same bytes are the redelivery record's copy.
/// </summary>
public sealed record TurnResponse(int StatusCode, byte[]? Body = null)
{
    public static TurnResponse Ok { get; } = new(200);

    /// <summary>A response whose body is <paramref name="value"/> as JSON.</summary>
    public static TurnResponse Json<T>(int statusCode, T value) => new(statusCode, JsonSerializer.SerializeToUtf8Bytes(value, ProtocolJson.Options));
}
