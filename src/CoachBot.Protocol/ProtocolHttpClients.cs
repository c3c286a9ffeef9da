namespace CoachBot.Protocol;

/// <summary>Names of the HttpClients the protocol asks IHttpClientFactory for (tests replace their handlers).</summary>
public static class ProtocolHttpClients
{
    /// <summary>Fetches OpenID metadata and signing keys.</summary>
    public const string OpenIdMetadata = "CoachBot.Protocol.OpenIdMetadata";

    /// <summary>Requests outbound client-credentials tokens.</summary>
    public const string Token = "CoachBot.Protocol.Token";
}
