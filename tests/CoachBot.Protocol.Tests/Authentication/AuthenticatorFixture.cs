using CoachBot.Protocol.Authentication;
using CoachBot.Protocol.Connector;
using CoachBot.Protocol.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Protocol.Tests.Authentication;

/// <summary>A BotAuthenticator wired to in-memory channel and Entra key authorities and a fake clock.</summary>
internal sealed class AuthenticatorFixture : IDisposable
{
    // Thread-safe: tests call it from several threads at once, and two authenticators would be two key caches.
    private readonly Lazy<BotAuthenticator> _authenticator;

    public AuthenticatorFixture()
    {
        Handler = new FakeHttpHandler(Clock);
        Channel = new TestKeyAuthority(Handler, Clock, AuthTestData.ChannelMetadataUrl, AuthTestData.ChannelJwksUrl);
        Entra = new TestKeyAuthority(Handler, Clock, AuthTestData.EntraMetadataUrl, AuthTestData.EntraJwksUrl);
        var handler = Handler;
        _authenticator = new(() => new BotAuthenticator(
            Microsoft.Extensions.Options.Options.Create(Options),
            new FakeHttpClientFactory(handler),
            Trusted,
            Clock,
            Log));
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public FakeHttpHandler Handler { get; }

    public TestKeyAuthority Channel { get; }

    public TestKeyAuthority Entra { get; }

    public TrustedServiceUrls Trusted { get; } = new();

    public RecordingLogger<BotAuthenticator> Log { get; } = new();

    public BotAuthenticationOptions Options { get; } = new()
    {
        MicrosoftAppId = AuthTestData.AppId,
        MicrosoftAppPassword = "secret",
        MicrosoftAppTenantId = AuthTestData.TenantId,
        ChannelOpenIdMetadataUrl = AuthTestData.ChannelMetadataUrl,
        EntraOpenIdMetadataUrl = "https://login.entra.test/{tenant}/v2.0/.well-known/openid-configuration",
    };

    /// <summary>Created on first use so a test can change <see cref="Options"/> first.</summary>
    public BotAuthenticator Authenticator => _authenticator.Value;

    public Task<AuthenticationResult> AuthenticateAsync(string? header, CoachBot.Protocol.Schema.Activity? activity = null) =>
        Authenticator.AuthenticateAsync(header, activity ?? AuthTestData.Activity(), CancellationToken.None);

    public void Dispose()
    {
        if (_authenticator.IsValueCreated)
        {
            _authenticator.Value.Dispose();
        }

        Channel.Dispose();
        Entra.Dispose();
        Handler.Dispose();
    }
}
