using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Tests.Support;

/// <summary>
/// Plays the Bot Framework identity service: serves OpenID metadata and a JWKS with one RSA key, answers
/// client-credentials token requests, and mints channel tokens signed with that key.
/// </summary>
public sealed class FakeIdentity : HttpMessageHandler
{
    public const string AppId = "00000000-0000-0000-0000-0000000b0700";
    public const string TenantId = "11111111-2222-3333-4444-555555555555";
    public const string MetadataUrl = "https://login.test/v1/.well-known/openidconfiguration";
    public const string BotToken = "bot-outbound-token";
    private const string KeyId = "test-signing-key";

    private readonly RSA _rsa = RSA.Create(2048);

    /// <summary>The configuration that makes the host trust this identity service.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Bot:MicrosoftAppId"] = AppId,
        ["Bot:MicrosoftAppPassword"] = "not-a-real-secret",
        ["Bot:MicrosoftAppTenantId"] = TenantId,
        ["Bot:ChannelOpenIdMetadataUrl"] = MetadataUrl,
        ["Bot:EntraOpenIdMetadataUrl"] = "https://login.test/{tenant}/v2.0/.well-known/openid-configuration",
        ["Bot:TokenEndpoint"] = "https://login.test/{tenant}/oauth2/v2.0/token",
    };

    /// <summary>A channel token as the Bot Connector sends it, for an activity from <paramref name="serviceUrl"/>.</summary>
    public string ChannelToken(string serviceUrl, string audience = AppId)
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "https://api.botframework.com",
            Audience = audience,
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddMinutes(30),
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>
    /// An Entra token as the Bot Framework tenant issues it to this bot itself (the Emulator, a bot calling
    /// itself): checked against the Entra OpenID metadata, not the channel's.
    /// </summary>
    public string EntraToken()
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
            Audience = AppId,
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddMinutes(30),
            Claims = new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = AppId },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>The forms of the token requests received, in order (grant, client id, secret or assertion, scope).</summary>
    public ConcurrentQueue<(Uri Endpoint, IReadOnlyDictionary<string, string> Form)> TokenRequests { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        if (path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal) && request.Content is { } content)
        {
            var form = await content.ReadAsStringAsync(cancellationToken);
            TokenRequests.Enqueue((request.RequestUri, form.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p[1].Replace('+', ' ')))));
        }

        JsonObject? body = path switch
        {
            _ when path.EndsWith("openidconfiguration", StringComparison.Ordinal) || path.EndsWith("openid-configuration", StringComparison.Ordinal) =>
                new JsonObject { ["issuer"] = "https://api.botframework.com", ["jwks_uri"] = "https://login.test/v1/keys" },
            "/v1/keys" => Keys(),
            _ when path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal) =>
                new JsonObject { ["token_type"] = "Bearer", ["expires_in"] = 3600, ["access_token"] = BotToken },
            _ => null,
        };
        var response = body is null
            ? new HttpResponseMessage(HttpStatusCode.NotFound)
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        return response;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _rsa.Dispose();
        }

        base.Dispose(disposing);
    }

    private JsonObject Keys()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        return new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                ["endorsements"] = new JsonArray("msteams"),
            }),
        };
    }
}
