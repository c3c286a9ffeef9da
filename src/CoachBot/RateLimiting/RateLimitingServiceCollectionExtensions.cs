namespace CoachBot.RateLimiting;

/// <summary>Registers the rate limit of <c>/api/messages</c> (<see cref="ActivityRateLimitPolicy"/>), its options checked at start-up.</summary>
public static class RateLimitingServiceCollectionExtensions
{
    public static IServiceCollection AddCoachBotRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptionsWithValidateOnStart<RateLimitingOptions, RateLimitingOptionsValidator>()
            .Bind(configuration.GetSection(RateLimitingOptions.SectionName));
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy<ActivityPartition, ActivityRateLimitPolicy>(ActivityRateLimitPolicy.Name);
        });
        return services;
    }
}
