using System.Text.Json;

namespace CoachBot.Tests.Support.Fuzz;

/// <summary>One request of a fuzz run: the kind of input it is (for the report) and the exact bytes sent.</summary>
public sealed record FuzzRequest(string Category, byte[] Body)
{
    public string ContentType { get; init; } = "application/json";

    /// <summary>
    /// An invoke whose name the bot does not handle: 501 is the Bot Framework's answer to that, not a fault. Read from
    /// the bytes, since type confusion can turn any request into such an invoke.
    /// </summary>
    public bool IsUnhandledInvoke
    {
        get
        {
            try
            {
                using var document = JsonDocument.Parse(Body);
                var root = document.RootElement;
                return root.ValueKind == JsonValueKind.Object
                    && root.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "invoke"
                    && !(root.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
                        && name.GetString() is "adaptiveCard/action" or "message/submitAction");
            }
            catch (JsonException)
            {
                return false;
            }
        }
    }

    /// <summary>Larger than the body limit: the server may answer 413 and close before the client has sent it all.</summary>
    public bool Oversized { get; init; }
}
