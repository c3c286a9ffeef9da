namespace CoachBot.Protocol.Authentication;

/// <summary>
/// The bot's identity and the endpoints used to check inbound tokens and to get outbound ones
/// (configuration section <c>Bot</c>). With no <see cref="MicrosoftAppId"/> the bot runs anonymously:
/// requests without a token are accepted and outbound calls carry no token.
/// </summary>
public sealed class BotAuthenticationOptions
{
    public const string SectionName = "Bot";
    public const string SingleTenant = "SingleTenant";
    public const string MultiTenant = "MultiTenant";

    /// <summary>Placeholder in the URL templates, replaced by the tenant (or the multi-tenant default).</summary>
    public const string TenantPlaceholder = "{tenant}";

    public string? MicrosoftAppId { get; set; }

    /// <summary>The client secret for outbound tokens; or use <see cref="MicrosoftAppCertificatePath"/>, not both.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>
    /// A certificate registered on the app, for outbound tokens with a signed client assertion instead of a secret: a
    /// PEM file with the certificate and its private key, or a <c>.pfx</c>/<c>.p12</c> file (see <see cref="BotCertificate"/>).
    /// </summary>
    public string? MicrosoftAppCertificatePath { get; set; }

    /// <summary>The password of the certificate's file (a PKCS#12 file, or an encrypted PEM key), if it has one.</summary>
    public string? MicrosoftAppCertificatePassword { get; set; }

    /// <summary>Whether outbound tokens are asked for with the certificate rather than the secret.</summary>
    public bool UsesCertificate => !string.IsNullOrWhiteSpace(MicrosoftAppCertificatePath);

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary><see cref="SingleTenant"/> (default: Azure no longer creates multi-tenant bots) or <see cref="MultiTenant"/>.</summary>
    public string MicrosoftAppType { get; set; } = SingleTenant;

    public string ChannelOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Metadata for Entra-issued tokens (skills, Emulator); <c>{tenant}</c> is <c>common</c> for multi-tenant bots.</summary>
    public string EntraOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration";

    public string ChannelIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>Client-credentials endpoint; <c>{tenant}</c> is <c>botframework.com</c> for multi-tenant bots.</summary>
    public string TokenEndpoint { get; set; } = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token";

    public string OAuthScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>App ids of other bots (skills) allowed to call this bot with Entra tokens; <c>*</c> allows any.</summary>
    public IList<string> AllowedCallers { get; set; } = [];

    /// <summary>
    /// The Entra tenants whose activities the bot serves; empty, any tenant that reaches it with a valid token. An
    /// activity from another tenant, or with none, is refused with 403.
    /// </summary>
    public IList<string> AllowedTenants { get; set; } = [];

    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Allows plain http metadata and token URLs, and only on loopback hosts (tests, local tools).</summary>
    public bool AllowHttpOnLoopback { get; set; }

    /// <summary>How long fetched signing keys are used before they are fetched again.</summary>
    public TimeSpan SigningKeyRefreshInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The shortest time between two key fetches caused by a token with an unknown key id.</summary>
    public TimeSpan UnknownKeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a key source is left alone after a failed fetch; the wait doubles with each failure in a row,
    /// up to <see cref="SigningKeyFetchMaxRetryDelay"/>. Requests that need its keys meanwhile get 503 with a
    /// Retry-After of the time left (or, when keys were fetched before, are checked with those).
    /// </summary>
    public TimeSpan SigningKeyFetchRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest wait between two fetches from a failing key source.</summary>
    public TimeSpan SigningKeyFetchMaxRetryDelay { get; set; } = TimeSpan.FromMinutes(2);

    public bool HasAppId => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public bool IsMultiTenant => string.Equals(MicrosoftAppType, MultiTenant, StringComparison.OrdinalIgnoreCase);

    /// <summary>The Entra metadata URL with the tenant filled in.</summary>
    public string ResolveEntraOpenIdMetadataUrl() => Fill(EntraOpenIdMetadataUrl, "common");

    /// <summary>The token endpoint with the tenant filled in.</summary>
    public string ResolveTokenEndpoint() => Fill(TokenEndpoint, "botframework.com");

    private string Fill(string template, string multiTenantValue)
    {
        var tenant = IsMultiTenant || string.IsNullOrWhiteSpace(MicrosoftAppTenantId) ? multiTenantValue : MicrosoftAppTenantId.Trim();
        return template.Replace(TenantPlaceholder, tenant, StringComparison.OrdinalIgnoreCase);
    }
}
