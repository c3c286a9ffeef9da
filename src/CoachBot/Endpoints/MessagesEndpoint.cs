using CoachBot.RateLimiting;
using CoachBot.Turns;
using Microsoft.AspNetCore.Http.Features;

namespace CoachBot.Endpoints;

/// <summary>
/// <c>POST /api/messages</c>: the Bot Framework endpoint. By the time the handler runs,
/// <see cref="ActivityCheckMiddleware"/> has checked the request and the caller's token and the rate limiter
/// has let the sender through (else 429); the handler runs the turn.
/// </summary>
internal static class MessagesEndpoint
{
    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", HandleAsync)
            .WithMetadata(new TakesActivity())
            .RequireRateLimiting(ActivityRateLimitPolicy.Name);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(HttpContext context, TurnProcessor processor)
    {
        var inbound = context.Features.GetRequiredFeature<AuthenticatedActivity>().Inbound;
        var response = await processor.ProcessAsync(inbound, context.RequestAborted).ConfigureAwait(false);
        return response.Body is null
            ? Results.StatusCode(response.StatusCode)
            : new JsonBytesResult(response.StatusCode, response.Body);
    }
}
