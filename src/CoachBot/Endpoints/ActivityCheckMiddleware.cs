using System.Globalization;
using CoachBot.Hosting;
using CoachBot.Protocol.Authentication;
using CoachBot.Protocol.Connector;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Teams;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CoachBot.Endpoints;

/// <summary>
/// For endpoints marked <see cref="TakesActivity"/>: checks the request (media type, size, a usable activity,
/// the caller's token, the tenant when <c>Bot:AllowedTenants</c> lists some) with a clear problem answer for each
/// failure, and hands the activity on as an
/// <see cref="AuthenticatedActivity"/>. It runs before the rate limiter, which partitions by the sender of an
/// authenticated activity, so a request with a bad token never spends a user's allowance.
/// </summary>
internal sealed partial class ActivityCheckMiddleware(
    RequestDelegate next,
    BotAuthenticator authenticator,
    TrustedServiceUrls trustedServiceUrls,
    IOptions<CoachBotOptions> options,
    IOptions<BotAuthenticationOptions> tenants,
    ILogger<ActivityCheckMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<TakesActivity>() is null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        if (await CheckAsync(context).ConfigureAwait(false) is { } refusal)
        {
            await refusal.ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    /// <summary>The problem answer for an unusable request, or null after setting <see cref="AuthenticatedActivity"/>.</summary>
    private async Task<IResult?> CheckAsync(HttpContext context)
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

        if (tenants.Value.AllowedTenants is { Count: > 0 } allowed && activity.GetTenantId() is var tenant
            && (tenant is null || !allowed.Contains(tenant, StringComparer.OrdinalIgnoreCase)))
        {
            LogTenantRefused(logger, tenant ?? "(none)");
            return Results.Problem(title: "Forbidden.", detail: "This bot does not serve the activity's tenant.", statusCode: 403);
        }

        if (!verdict.IsAnonymous)
        {
            // Only service URLs that arrived with a valid token ever receive the bot's own token.
            trustedServiceUrls.Add(activity.ServiceUrl);
        }

        context.Features.Set(new AuthenticatedActivity(read.Inbound));
        return null;
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
        context.Response.Headers.RetryAfter = ((long)(verdict.RetryAfter ?? TimeSpan.FromSeconds(5)).TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return Results.Problem(title: "Cannot verify the caller right now.", detail: verdict.Reason, statusCode: 503);
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && (mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "Refused an activity from tenant {TenantId}: not in Bot:AllowedTenants")]
    private static partial void LogTenantRefused(ILogger logger, string tenantId);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Rejected a request to /api/messages with {StatusCode}: {Reason}")]
    private static partial void LogRejected(ILogger logger, int statusCode, string reason);
}
