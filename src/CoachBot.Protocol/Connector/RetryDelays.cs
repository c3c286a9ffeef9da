using System.Net;
using System.Net.Http.Headers;

namespace CoachBot.Protocol.Connector;

/// <summary>Which Connector answers are retried, and after how long.</summary>
internal static class RetryDelays
{
    /// <summary>412, 429, 502, 503, 504 (protocol §4); never 400, 401, 403, 404, 413 or 500.</summary>
    public static bool IsRetryable(HttpStatusCode status) => (int)status is 412 or 429 or 502 or 503 or 504;

    /// <summary>
    /// <c>Retry-After</c> (seconds or a date) when the response has one, capped at
    /// <see cref="ConnectorOptions.MaxRetryAfter"/>; else exponential backoff with ±20% jitter.
    /// </summary>
    public static TimeSpan For(HttpResponseMessage response, int attempt, ConnectorOptions options, TimeProvider timeProvider)
    {
        var retryAfter = FromRetryAfter(response.Headers.RetryAfter, timeProvider);
        if (retryAfter is { } wait)
        {
            return wait > options.MaxRetryAfter ? options.MaxRetryAfter : wait;
        }

        var exponential = options.BaseDelay * Math.Pow(2, attempt - 1);
        var capped = exponential > options.MaxDelay ? options.MaxDelay : exponential;
#pragma warning disable CA5394 // jitter spreads retries; it needs no cryptographic randomness
        return capped * (0.8 + (Random.Shared.NextDouble() * 0.4));
#pragma warning restore CA5394
    }

    /// <summary>The wait the response's <c>Retry-After</c> asks for, uncapped; null when it has none.</summary>
    public static TimeSpan? RequestedWait(HttpResponseMessage response, TimeProvider timeProvider) =>
        FromRetryAfter(response.Headers.RetryAfter, timeProvider);

    private static TimeSpan? FromRetryAfter(RetryConditionHeaderValue? header, TimeProvider timeProvider)
    {
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
