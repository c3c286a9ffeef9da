namespace CoachBot.Endpoints;

/// <summary>
/// Endpoint metadata: the endpoint takes a Bot Framework activity, so <see cref="ActivityCheckMiddleware"/>
/// reads, checks and authenticates the request before the rate limiter and the handler run.
/// </summary>
internal sealed class TakesActivity;
