using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Protocol.Connector;

/// <summary>
/// The signed JWT a client sends instead of a secret (RFC 7523, as Entra ID reads it): issued by and about the app,
/// for the token endpoint, short-lived and used once (a fresh <c>jti</c>), signed RS256 with the certificate, whose
/// SHA-1 thumbprint goes in the <c>x5t</c> header so Entra finds the certificate registered on the app.
/// </summary>
internal static class ClientAssertion
{
    public const string Type = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public static string Create(X509Certificate2 certificate, string appId, string tokenEndpoint, DateTimeOffset now) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = appId,
            Audience = tokenEndpoint,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + Lifetime).UtcDateTime,
            Claims = new Dictionary<string, object> { [JwtRegisteredClaimNames.Sub] = appId, [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N") },
            SigningCredentials = new X509SigningCredentials(certificate, SecurityAlgorithms.RsaSha256),
        });
}
