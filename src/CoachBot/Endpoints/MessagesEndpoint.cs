using CoachBot.Hosting;
using CoachBot.Protocol.Authentication;
using CoachBot.Protocol.Connector;
using CoachBot.Protocol.Schema;
using CoachBot.Turns;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CoachBot.Endpoints;

/// <summary>
/// <c>POST /api/messages</c>: the Bot Framework endpoint. Checks the request (media type, size, a
/// usable activity, the caller's token) with a clear problem answer for each failure, then runs the turn.
/// </summary>
internal static partial class MessagesEndpoint
{
    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", HandleAsync);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext context,
        BotAuthenticator authenticator,
        TrustedServiceUrls trustedServiceUrls,
        TurnProcessor processor,
        IOptions<CoachBotOptions> options,
        ILogger<TurnProcessor> logger)
    {
        var request = context.Request;
        var cancellationToken = context.RequestAborted;
        if (!IsJson(request.ContentType))
        {
            return ProblemResults.UnsupportedMediaType(request.ContentType);
        }

        var limit = options.Value.MaxRequestBodyBytes;
        if (await LimitedBodyReader.ReadAsync(request, limit, cancellationToken).ConfigureAwait(false) is not { } body)
        {
            return ProblemResults.TooLarge(limit);
        }

        var read = ActivityReader.Read(body.Span);
        if (!read.Succeeded)
        {
            LogRejected(logger, 400, string.Join("; ", read.Problems));
            return ProblemResults.BadRequest(read.Problems);
        }

        var activity = read.Activity;
        var verdict = await authenticator.AuthenticateAsync(request.Headers.Authorization, activity, cancellationToken).ConfigureAwait(false);
        if (verdict.Succeeded && verdict.IsAnonymous && !AnonymousMode.IsLocalRequest(context))
        {
            verdict = verdict with { Succeeded = false, StatusCode = 401, Reason = "anonymous requests are only accepted from this machine" };
        }

        if (!verdict.Succeeded)
        {
            LogRejected(logger, verdict.StatusCode, verdict.Reason);
            return Refuse(context, verdict);
        }

        if (!verdict.IsAnonymous)
        {
            // Only service URLs that arrived with a valid token ever receive the bot's own token.
            trustedServiceUrls.Add(activity.ServiceUrl);
        }

        var response = await processor.ProcessAsync(activity, cancellationToken).ConfigureAwait(false);
        return response.Body is null
            ? Results.StatusCode(response.StatusCode)
            : Results.Json(response.Body, ProtocolJson.Options, statusCode: response.StatusCode);
    }

    private static IResult Refuse(HttpContext context, AuthenticationResult verdict)
    {
        if (verdict.StatusCode == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem(title: "Unauthorized.", detail: verdict.Reason, statusCode: 401);
        }

        if (verdict.StatusCode == StatusCodes.Status403Forbidden)
        {
            return Results.Problem(title: "Forbidden.", detail: verdict.Reason, statusCode: 403);
        }

        // The signing keys could not be fetched: the caller's token may be fine, so ask it to retry.
        context.Response.Headers.RetryAfter = "5";
        return Results.Problem(title: "Cannot verify the caller right now.", detail: verdict.Reason, statusCode: 503);
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && (mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Rejected a request to /api/messages with {StatusCode}: {Reason}")]
    private static partial void LogRejected(ILogger logger, int statusCode, string reason);
}
