using System.Diagnostics;

namespace CoachBot.Diagnostics;

/// <summary>
/// The bot's own spans (source <see cref="SourceName"/>), beside ASP.NET Core's request and HttpClient's Connector call
/// spans: <c>coachbot.turn</c> (one activity as a turn: its route, status and conflict retries) and
/// <c>coachbot.outbox.deliver</c> (one outbox item: its kind and outcome). Tags are ids, kinds, routes and outcomes,
/// never what anyone typed. Recorded only when a tracer listens (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set).
/// </summary>
internal static class CoachBotTracing
{
    public const string SourceName = "CoachBot";

    private static readonly ActivitySource Source = new(SourceName);

    public static Activity? StartTurn(string? activityType, string conversationId) =>
        Source.StartActivity("coachbot.turn")?
            .SetTag("coachbot.activity.type", activityType ?? "unknown")
            .SetTag("coachbot.conversation.id", conversationId);

    public static Activity? StartDelivery(long itemId, string kind, int attempts) =>
        Source.StartActivity("coachbot.outbox.deliver")?
            .SetTag("coachbot.outbox.item_id", itemId)
            .SetTag("coachbot.outbox.kind", kind)
            .SetTag("coachbot.outbox.attempts", attempts);

    /// <summary>A turn answered: by which route, with which status.</summary>
    public static void Answered(this Activity? span, string route, int statusCode)
    {
        span?.SetTag("coachbot.route", route).SetTag("http.response.status_code", statusCode);
        if (statusCode >= 500)
        {
            span?.SetStatus(ActivityStatusCode.Error);
        }
    }

    /// <summary>The turn or delivery ended without doing its work; <paramref name="reason"/> is a kind, not a message.</summary>
    public static void Failed(this Activity? span, string reason) =>
        span?.SetTag("error.type", reason).SetStatus(ActivityStatusCode.Error, reason);

    public static void Outcome(this Activity? span, string outcome) => span?.SetTag("coachbot.outcome", outcome);
}
