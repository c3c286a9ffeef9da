using System.Text.Json.Nodes;

namespace CoachBot.Development;

/// <summary>
/// A Connector inside the host for the local chat page: the bot's real Connector client posts its
/// replies and proactive messages here (serviceUrl = this host + <see cref="BasePath"/>), and they are
/// pushed to the page over server-sent events. Mapped only in Development on loopback.
/// </summary>
public static class DevConnectorEndpoints
{
    public const string BasePath = "/_dev/connector/";

    public static IEndpointRouteBuilder MapDevConnector(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/_dev/connector/v3/conversations");
        group.MapPost("/{conversationId}/activities", (string conversationId, JsonObject activity, DevChatHub hub) =>
            Results.Ok(new { id = hub.Publish("send", conversationId, activity) }));
        group.MapPost("/{conversationId}/activities/{activityId}", (string conversationId, JsonObject activity, DevChatHub hub) =>
            Results.Ok(new { id = hub.Publish("send", conversationId, activity) }));
        group.MapPut("/{conversationId}/activities/{activityId}", (string conversationId, string activityId, JsonObject activity, DevChatHub hub) =>
            Results.Ok(new { id = hub.Publish("update", conversationId, activity, activityId) }));
        group.MapDelete("/{conversationId}/activities/{activityId}", (string conversationId, string activityId, DevChatHub hub) =>
        {
            hub.Publish("delete", conversationId, null, activityId);
            return Results.Ok();
        });
        group.MapPost("/", (JsonObject parameters, DevChatHub hub) => CreateConversation(parameters, hub));
        group.MapGet("/{conversationId}/pagedmembers", () => Results.Ok(new { members = DevIdentities.All }));
        return endpoints;
    }

    private static IResult CreateConversation(JsonObject parameters, DevChatHub hub)
    {
        // A 1:1 conversation is named after its member, so the page that user has open receives it;
        // a channel post goes to the channel's conversation.
        var channelId = parameters["channelData"]?["channel"]?["id"]?.GetValue<string>();
        var memberId = parameters["members"]?.AsArray().FirstOrDefault()?["id"]?.GetValue<string>();
        var conversationId = channelId ?? $"dev-personal-{memberId ?? "unknown"}";
        string? activityId = null;
        if (parameters["activity"] is JsonObject activity)
        {
            activityId = hub.Publish("send", conversationId, (JsonObject)activity.DeepClone());
        }

        return Results.Ok(new { id = conversationId, activityId });
    }
}
