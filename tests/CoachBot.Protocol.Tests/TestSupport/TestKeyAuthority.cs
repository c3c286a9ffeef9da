using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Protocol.Tests.TestSupport;

/// <summary>
/// Plays the token issuer: publishes OpenID metadata and a JWKS through a <see cref="FakeHttpHandler"/>
/// and mints tokens with keys generated in the test.
/// </summary>
internal sealed class TestKeyAuthority : IDisposable
{
    private readonly List<TestSigningKey> _published = [];
    private readonly List<TestSigningKey> _all = [];
    private readonly TimeProvider _clock;

    public TestKeyAuthority(FakeHttpHandler handler, TimeProvider clock, string metadataUrl, string jwksUrl)
    {
        _clock = clock;
        MetadataUrl = metadataUrl;
        handler.Route(metadataUrl, () => FakeHttpHandler.Json(HttpStatusCode.OK, JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["issuer"] = "https://issuer.test",
            ["jwks_uri"] = jwksUrl,
        })));
        handler.Route(jwksUrl, () =>
        {
            lock (_published)
            {
                return FakeHttpHandler.Json(HttpStatusCode.OK, JsonSerializer.Serialize(new { keys = _published.Select(k => k.ToJwk()).ToArray() }));
            }
        });
    }

    public string MetadataUrl { get; }

    public TestSigningKey NewKey(string keyId, string[]? endorsements = null, bool publish = true)
    {
        var key = new TestSigningKey(keyId, endorsements);
        _all.Add(key);
        if (publish)
        {
            Publish(key);
        }

        return key;
    }

    public void Publish(TestSigningKey key)
    {
        lock (_published)
        {
            _published.Add(key);
        }
    }

    /// <summary>A token valid now for an hour; <paramref name="customize"/> changes claims or times.</summary>
    public string Mint(TestSigningKey key, Action<SecurityTokenDescriptor>? customize = null, string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = "https://api.botframework.com",
            Audience = AuthTestData.AppId,
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddHours(1),
            Claims = new Dictionary<string, object> { ["serviceurl"] = AuthTestData.ServiceUrl },
            SigningCredentials = key.Credentials(algorithm),
        };
        customize?.Invoke(descriptor);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>An unsigned token (<c>alg: none</c>) with the claims of a good channel token.</summary>
    public string MintUnsigned(string keyId)
    {
        var now = _clock.GetUtcNow().ToUnixTimeSeconds();
        var header = JsonSerializer.Serialize(new { alg = "none", typ = "JWT", kid = keyId });
        var payload = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["iss"] = "https://api.botframework.com",
            ["aud"] = AuthTestData.AppId,
            ["serviceurl"] = AuthTestData.ServiceUrl,
            ["nbf"] = now - 60,
            ["exp"] = now + 3600,
        });
        return $"{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(header))}.{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload))}.";
    }

    public void Dispose()
    {
        foreach (var key in _all)
        {
            key.Dispose();
        }
    }
}
