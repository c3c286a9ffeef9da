using System.Globalization;
using System.Threading.RateLimiting;
using CoachBot.Endpoints;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CoachBot.RateLimiting;

/// <summary>
/// The rate limit of <c>/api/messages</c>: a token bucket per <see cref="ActivityPartition"/>, read from the
/// authenticated activity; a refused request gets 429 with Retry-After (whole seconds) and a problem body.
/// </summary>
internal sealed partial class ActivityRateLimitPolicy : IRateLimiterPolicy<ActivityPartition>
{
    public const string Name = "activities";

    private readonly TokenBucketRateLimiterOptions _messages;
    private readonly TokenBucketRateLimiterOptions _interactions;
    private readonly ILogger<ActivityRateLimitPolicy> _logger;

    public ActivityRateLimitPolicy(IOptions<RateLimitingOptions> options, ILogger<ActivityRateLimitPolicy> logger)
    {
        _messages = Bucket(options.Value.Messages);
        _interactions = Bucket(options.Value.Interactions);
        _logger = logger;
        OnRejected = RejectAsync;
    }

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; }

    public RateLimitPartition<ActivityPartition> GetPartition(HttpContext httpContext)
    {
        // Set by ActivityCheckMiddleware; without it the pipeline is misordered, and failing beats not limiting.
        var activity = httpContext.Features.GetRequiredFeature<AuthenticatedActivity>().Activity;
        var partition = ActivityPartition.Of(activity);
        return RateLimitPartition.GetTokenBucketLimiter(partition, p => p.Bucket == ActivityBucket.Messages ? _messages : _interactions);
    }

    private async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        var http = context.HttpContext;
        if (http.Features.Get<AuthenticatedActivity>() is { } authenticated)
        {
            var partition = ActivityPartition.Of(authenticated.Activity);
            LogRefused(_logger, partition.Bucket, partition.UserId, seconds);
        }

        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await ProblemResults.TooManyRequests(seconds).ExecuteAsync(http).ConfigureAwait(false);
    }

    // No queue: a request over the limit is refused at once, never held while the flood goes on. Refilled by a timer
    // per bucket: refilling from the partitioned limiter's heartbeat instead (AutoReplenishment false) credits a bucket
    // that sat full with all its idle time once it is drained, letting up to twice the burst through after a pause.
    private static TokenBucketRateLimiterOptions Bucket(TokenBucketOptions options) => new()
    {
        TokenLimit = options.TokenLimit,
        TokensPerPeriod = options.TokensPerPeriod,
        ReplenishmentPeriod = options.ReplenishmentPeriod,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    // Debug: a flood makes one line per request; the rate-limiting metrics count them for operators.
    [LoggerMessage(EventId = 2150, Level = LogLevel.Debug, Message = "Refused an activity over the {Bucket} rate limit of user {UserId}; retry after {Seconds} s")]
    private static partial void LogRefused(ILogger logger, ActivityBucket bucket, string userId, int seconds);
}
