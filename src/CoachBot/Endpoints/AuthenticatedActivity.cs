using CoachBot.Protocol.Schema;

namespace CoachBot.Endpoints;

/// <summary>
/// Request feature: the activity of a request that passed every check, the caller's token included. Set by
/// <see cref="ActivityCheckMiddleware"/> so that the rate limiter and the endpoint use it without reading the body again.
/// </summary>
internal sealed record AuthenticatedActivity(InboundActivity Inbound)
{
    public Activity Activity => Inbound.Activity;
}
