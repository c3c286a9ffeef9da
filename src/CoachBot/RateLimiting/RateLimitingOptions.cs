using Microsoft.Extensions.Options;

namespace CoachBot.RateLimiting;

/// <summary>Rate limits on <c>/api/messages</c>, per (tenant, user) (configuration section "RateLimiting").</summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    /// <summary>Typed messages: 10 at once, then 2 a second, far above a person typing.</summary>
    [ValidateObjectMembers]
    public TokenBucketOptions Messages { get; set; } = new() { TokenLimit = 10, TokensPerPeriod = 2 };

    /// <summary>
    /// Card submits, invokes and every other activity a client sends without typing (reactions, updates):
    /// more generous, as one press can follow another quickly and Teams refreshes cards on its own.
    /// </summary>
    [ValidateObjectMembers]
    public TokenBucketOptions Interactions { get; set; } = new() { TokenLimit = 30, TokensPerPeriod = 10 };
}
