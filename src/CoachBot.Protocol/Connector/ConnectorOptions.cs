namespace CoachBot.Protocol.Connector;

/// <summary>Outbound Connector behaviour (configuration section <c>Bot:Connector</c>).</summary>
public sealed class ConnectorOptions
{
    public const string SectionName = "Bot:Connector";

    /// <summary>Attempts per call including the first; only 412, 429, 502, 503 and 504 are retried.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The first backoff delay; each retry doubles it (with ±20% jitter) up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A longer <c>Retry-After</c> is shortened to this, so one call never sleeps for minutes.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>What to do when a token exists but the service URL was never seen in an authenticated activity.</summary>
    public UntrustedServiceUrlPolicy UntrustedServiceUrl { get; set; } = UntrustedServiceUrlPolicy.Refuse;

    /// <summary>Service URLs trusted from the start (e.g. <c>https://smba.trafficmanager.net/</c> for proactive messages after a restart).</summary>
    public IList<string> TrustedServiceUrls { get; set; } = [];
}
