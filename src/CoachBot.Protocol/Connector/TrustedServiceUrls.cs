using System.Collections.Concurrent;

namespace CoachBot.Protocol.Connector;

/// <summary>
/// The service URLs the bot may send its token to: those of activities that arrived with a valid token
/// (<see cref="Authentication.BotAuthenticator"/> adds them), plus any the host adds (e.g. from stored
/// conversation references after a restart, or configuration). Trust is per scheme + host + port, as the
/// Bot Framework SDKs did, so <c>…/amer/</c> and <c>…/emea/</c> of one host are trusted together.
/// </summary>
public sealed class TrustedServiceUrls
{
    private readonly ConcurrentDictionary<string, byte> _origins = new(StringComparer.OrdinalIgnoreCase);

    public TrustedServiceUrls()
    {
    }

    /// <summary>Starts with <paramref name="serviceUrls"/> trusted (from configuration).</summary>
    public TrustedServiceUrls(IEnumerable<string> serviceUrls)
    {
        ArgumentNullException.ThrowIfNull(serviceUrls);
        foreach (var url in serviceUrls)
        {
            Add(url);
        }
    }

    /// <summary>Trusts <paramref name="serviceUrl"/>; an URL that is not absolute http(s) is ignored.</summary>
    public void Add(string? serviceUrl)
    {
        if (OriginOf(serviceUrl) is { } origin)
        {
            _origins.TryAdd(origin, 0);
        }
    }

    /// <summary>Whether a token may be sent to <paramref name="serviceUrl"/>.</summary>
    public bool IsTrusted(string? serviceUrl) => OriginOf(serviceUrl) is { } origin && _origins.ContainsKey(origin);

    private static string? OriginOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.GetLeftPart(UriPartial.Authority)
            : null;
}
