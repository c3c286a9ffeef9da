using CoachBot.State;

namespace CoachBot.Endpoints;

/// <summary><c>/healthz</c>: the process runs. <c>/readyz</c>: it can reach its state store.</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        endpoints.MapGet("/readyz", async (IStateStore store, CancellationToken cancellationToken) =>
        {
            try
            {
                await store.GetConversationAsync("readiness-probe", cancellationToken).ConfigureAwait(false);
                return Results.Ok(new { status = "ready" });
            }
            catch (StateStoreUnavailableException)
            {
                return Results.Json(new { status = "state store unavailable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return endpoints;
    }
}
