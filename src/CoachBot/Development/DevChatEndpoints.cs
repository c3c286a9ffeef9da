using System.Text.Json;

namespace CoachBot.Development;

/// <summary>The local chat page's server side: its identities and the event stream of bot messages.</summary>
public static class DevChatEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapDevChat(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/_dev/chat/identities", () => Results.Ok(DevIdentities.All));
        endpoints.MapGet("/_dev/chat/events", StreamEventsAsync);
        return endpoints;
    }

    private static async Task StreamEventsAsync(HttpContext context, DevChatHub hub)
    {
        var cancellationToken = context.RequestAborted;
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.WriteAsync(": connected\n\n", cancellationToken).ConfigureAwait(false);
        await context.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
        var reader = hub.Subscribe(cancellationToken);
        try
        {
            await foreach (var message in reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                await context.Response.WriteAsync($"data: {message.ToJsonString(Json)}\n\n", cancellationToken).ConfigureAwait(false);
                await context.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
    }
}
