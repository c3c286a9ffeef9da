namespace CoachBot.Tests.Support;

/// <summary>
/// Rate limits for the tests about them. The other tests run with the generous limits of <see cref="BotHost"/>,
/// because a transcript sends many messages faster than a person types.
/// </summary>
public static class RateLimits
{
    /// <summary>A replenishment period that does not come round while a test runs, so counting tokens needs no timing.</summary>
    public const string NoRefill = "01:00:00";

    /// <summary>The production defaults, set explicitly so that a change of defaults is a change of the tests.</summary>
    public static BotHost Production(BotHost host, string replenishmentPeriod = "00:00:01")
    {
        ArgumentNullException.ThrowIfNull(host);
        host.Settings["RateLimiting:Messages:TokenLimit"] = "10";
        host.Settings["RateLimiting:Messages:TokensPerPeriod"] = "2";
        host.Settings["RateLimiting:Messages:ReplenishmentPeriod"] = replenishmentPeriod;
        host.Settings["RateLimiting:Interactions:TokenLimit"] = "30";
        host.Settings["RateLimiting:Interactions:TokensPerPeriod"] = "10";
        host.Settings["RateLimiting:Interactions:ReplenishmentPeriod"] = replenishmentPeriod;
        return host;
    }
}
