using System.Text.Json.Nodes;

namespace CoachBot.State;

/// <summary>
/// What the in-memory store reads of a stored conversation reference (JSON as <c>ConversationReference</c> writes it):
/// whom it names, and the same reference without that person's details, for "forget my data".
/// </summary>
internal static class ConversationReferences
{
    public static bool NamesUser(string referenceJson, string userId) =>
        JsonNode.Parse(referenceJson)?["user"]?["id"] is JsonValue id && id.TryGetValue<string>(out var value) && value == userId;

    /// <summary>
    /// The reference with its user cut down to the id: enough to address a proactive message to the chat, but no
    /// display name or Entra object id.
    /// </summary>
    public static string WithoutUserDetails(string referenceJson)
    {
        var reference = JsonNode.Parse(referenceJson)!.AsObject();
        if (reference["user"] is JsonObject { } user)
        {
            reference["user"] = new JsonObject { ["id"] = user["id"]?.DeepClone() };
        }

        return reference.ToJsonString();
    }
}
