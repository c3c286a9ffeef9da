namespace CoachBot.Protocol.Authentication;

/// <summary>Which URLs may be fetched for keys and tokens: https, or http on a loopback host when allowed.</summary>
internal static class EndpointRules
{
    public static bool IsAllowed(Uri uri, bool allowHttpOnLoopback) =>
        uri.IsAbsoluteUri
        && (uri.Scheme == Uri.UriSchemeHttps || (allowHttpOnLoopback && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));

    /// <summary>An error message for the options validator, or null when the URL is acceptable.</summary>
    public static string? Check(string name, string? url, bool allowHttpOnLoopback)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return $"Bot:{name} must be an absolute URL.";
        }

        return IsAllowed(uri, allowHttpOnLoopback)
            ? null
            : $"Bot:{name} must use https (plain http is allowed only on a loopback host with Bot:AllowHttpOnLoopback).";
    }
}
