using System.Text.Json.Nodes;

namespace CoachBot.Turns;

/// <summary>The HTTP answer to one activity: status and optional JSON body (expectReplies or invoke).</summary>
public sealed record TurnResponse(int StatusCode, JsonNode? Body = null)
{
    public static TurnResponse Ok { get; } = new(200);
}
