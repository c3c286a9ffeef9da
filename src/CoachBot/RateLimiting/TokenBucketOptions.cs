using System.ComponentModel.DataAnnotations;

namespace CoachBot.RateLimiting;

/// <summary>One token bucket: each activity takes a token; <see cref="TokensPerPeriod"/> come back every period.</summary>
public sealed class TokenBucketOptions
{
    /// <summary>The most a user can send at once after a pause (the bucket's size).</summary>
    [Range(1, 1_000_000)]
    public int TokenLimit { get; set; }

    /// <summary>Tokens added back every <see cref="ReplenishmentPeriod"/>.</summary>
    [Range(1, 1_000_000)]
    public int TokensPerPeriod { get; set; }

    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan ReplenishmentPeriod { get; set; } = TimeSpan.FromSeconds(1);
}
