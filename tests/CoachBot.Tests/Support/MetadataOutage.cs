using System.Net;

namespace CoachBot.Tests.Support;

/// <summary>
/// Stands between the host and <see cref="FakeIdentity"/>: while <see cref="Down"/>, every OpenID metadata
/// request is answered 503, as Entra's is during an outage. Counts the metadata requests that reached it.
/// </summary>
public sealed class MetadataOutage(FakeIdentity identity) : DelegatingHandler(identity)
{
    private int _entraMetadataRequests;

    /// <summary>Where the host fetches Entra metadata with <see cref="FakeIdentity.Settings"/>.</summary>
    public const string EntraMetadataUrl = "https://login.test/" + FakeIdentity.TenantId + "/v2.0/.well-known/openid-configuration";

    public bool Down { get; set; }

    public int EntraMetadataRequests => Volatile.Read(ref _entraMetadataRequests);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!.GetLeftPart(UriPartial.Path);
        var isMetadata = url.EndsWith("openidconfiguration", StringComparison.Ordinal) || url.EndsWith("openid-configuration", StringComparison.Ordinal);
        if (string.Equals(url, EntraMetadataUrl, StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _entraMetadataRequests);
        }

        return isMetadata && Down
            ? Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable))
            : base.SendAsync(request, cancellationToken);
    }
}
