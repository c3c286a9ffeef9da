namespace CoachBot.Protocol.Authentication;

/// <summary>
/// Failed key fetches in a row from one source, and when the source may be tried again: the wait starts at
/// <see cref="BotAuthenticationOptions.SigningKeyFetchRetryDelay"/> and doubles with each failure, up to
/// <see cref="BotAuthenticationOptions.SigningKeyFetchMaxRetryDelay"/>.
/// </summary>
internal sealed record SigningKeyFetchFailure(int Count, DateTimeOffset NextAttempt)
{
    public static SigningKeyFetchFailure After(SigningKeyFetchFailure? previous, DateTimeOffset now, BotAuthenticationOptions options)
    {
        var count = (previous?.Count ?? 0) + 1;
        return new SigningKeyFetchFailure(count, now + Delay(count, options));
    }

    /// <summary>The wait after <paramref name="failures"/> failures in a row.</summary>
    public static TimeSpan Delay(int failures, BotAuthenticationOptions options)
    {
        var delay = options.SigningKeyFetchRetryDelay;
        var max = options.SigningKeyFetchMaxRetryDelay;
        for (var i = 1; i < failures && delay < max; i++)
        {
            delay *= 2;
        }

        return delay < max ? delay : max;
    }

    public bool IsBackingOff(DateTimeOffset now) => now < NextAttempt;

    /// <summary>
    /// The time left until the next attempt in whole seconds, rounded up (at least one), as a Retry-After
    /// header says it: a caller that waits this long finds the source tried again.
    /// </summary>
    public TimeSpan RetryAfter(DateTimeOffset now) =>
        TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling((NextAttempt - now).TotalSeconds)));
}
