using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CoachBot.Protocol;
using CoachBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Tests.Endpoints;

/// <summary>
/// The bot's outbound token asked for with a certificate instead of a client secret (<c>Bot:MicrosoftAppCertificatePath</c>):
/// the reply reaches the Connector with the bot's token, and what reached the token endpoint was a client assertion
/// signed with the certificate's key (x5t header, for the endpoint, issued by and about the app), never a secret.
/// A PEM file and a password-protected PFX both work; a wrong password stops the start without showing it.
/// </summary>
public sealed class CertificateCredentialTests : IDisposable
{
    private const string PfxPassword = "pfx-pa55word-not-for-logs";

    private readonly FakeIdentity _identity = new();
    private readonly TempDirectory _directory = new();
    private readonly X509Certificate2 _certificate;

    public CertificateCredentialTests()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=coachbot-test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = TimeProvider.System.GetUtcNow();
        _certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
    }

    [Theory]
    [InlineData("bot.pem")]
    [InlineData("bot.pfx")]
    public async Task Reply_WithACertificate_CarriesTheBotsTokenGotWithASignedAssertion(string file)
    {
        using var host = Host(Write(file), file.EndsWith(".pfx", StringComparison.Ordinal) ? PfxPassword : null);
        using var client = host.NewChat(expectReplies: false);

        using var response = await client.PostAsync(client.Message("hi").ToJson(), bearerToken: _identity.ChannelToken(ActivityJson.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"Bearer {FakeIdentity.BotToken}", Assert.Single(host.Connector.DeliveredTo(client.ConversationId)).Authorization);
        var (endpoint, form) = Assert.Single(_identity.TokenRequests);
        Assert.False(form.ContainsKey("client_secret"));
        Assert.Equal("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", form["client_assertion_type"]);
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(form["client_assertion"], new TokenValidationParameters
        {
            IssuerSigningKey = new X509SecurityKey(_certificate),
            ValidIssuer = FakeIdentity.AppId,
            ValidAudience = endpoint.ToString(),
        });
        Assert.True(validation.IsValid, validation.Exception?.Message);
        var assertion = (JsonWebToken)validation.SecurityToken;
        Assert.Equal(FakeIdentity.AppId, assertion.Subject);
        Assert.Equal(Base64UrlEncoder.Encode(_certificate.GetCertHash()), assertion.X5t);
        Assert.False(string.IsNullOrEmpty(assertion.Id));
    }

    [Fact]
    public void Start_PfxWithAWrongPassword_RefusedNamingTheSettingNotThePassword()
    {
        using var host = Host(Write("bot.pfx"), "wrong-password-42");

        var messages = StartupFailure.Messages(Record.Exception(() => host.CreateClient()));

        Assert.Contains(messages, m => m.Contains("Bot:MicrosoftAppCertificatePath could not be read", StringComparison.Ordinal));
        Assert.DoesNotContain(messages, m => m.Contains("wrong-password-42", StringComparison.Ordinal) || m.Contains(PfxPassword, StringComparison.Ordinal));
    }

    [Fact]
    public void Start_CertificateAndSecretBothSet_RefusedAskingForOne()
    {
        using var host = Host(Write("bot.pem"), password: null);
        host.Settings["Bot:MicrosoftAppPassword"] = "a-secret-too";

        var messages = StartupFailure.Messages(Record.Exception(() => host.CreateClient()));

        Assert.Contains(messages, m => m.Contains("use one credential", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _certificate.Dispose();
        _identity.Dispose();
        _directory.Dispose();
    }

    private BotHost Host(string certificatePath, string? password)
    {
        var host = new BotHost();
        foreach (var (key, value) in _identity.Settings)
        {
            host.Settings[key] = value;
        }

        host.Settings["Bot:MicrosoftAppPassword"] = null;
        host.Settings["Bot:MicrosoftAppCertificatePath"] = certificatePath;
        host.Settings["Bot:MicrosoftAppCertificatePassword"] = password;
        host.Replace = services =>
        {
            services.AddHttpClient(ProtocolHttpClients.OpenIdMetadata).ConfigurePrimaryHttpMessageHandler(() => _identity);
            services.AddHttpClient(ProtocolHttpClients.Token).ConfigurePrimaryHttpMessageHandler(() => _identity);
        };
        return host;
    }

    // The certificate with its private key, as an operator would mount it: PEM (certificate and key) or PKCS#12.
    private string Write(string name)
    {
        var path = _directory.File(name);
        if (name.EndsWith(".pfx", StringComparison.Ordinal))
        {
            File.WriteAllBytes(path, _certificate.Export(X509ContentType.Pfx, PfxPassword));
        }
        else
        {
            using var key = _certificate.GetRSAPrivateKey()!;
            File.WriteAllText(path, _certificate.ExportCertificatePem() + "\n" + key.ExportPkcs8PrivateKeyPem());
        }

        return path;
    }
}
