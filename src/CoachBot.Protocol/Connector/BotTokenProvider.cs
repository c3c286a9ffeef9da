using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using CoachBot.Protocol.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.Protocol.Connector;

/// <summary>
/// Gets the bot's outbound token with the client-credentials grant (a plain form POST, so a local token
/// endpoint works in tests; the client secret, or an assertion signed with the app's certificate), caches it per (app id, tenant) and refreshes it when less than five minutes
/// (or half its lifetime, if shorter) remain. Concurrent callers share one request. Without an app id
/// there is no token (anonymous development).
/// </summary>
public sealed class BotTokenProvider : IDisposable
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<(string AppId, string Tenant), TokenSlot> _slots = new();
    private readonly BotAuthenticationOptions _options;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<BotTokenProvider> _logger;
    private X509Certificate2? _certificate;

    public BotTokenProvider(
        IOptions<BotAuthenticationOptions> options,
        IHttpClientFactory httpClientFactory,
        TimeProvider timeProvider,
        ILogger<BotTokenProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _httpClientFactory = httpClientFactory;
        _timeProvider = timeProvider;
        _logger = logger;

    }

    /// <summary>Whether outbound calls carry a token (an app id is configured).</summary>
    public bool HasCredentials => _options.HasAppId;

    /// <summary>The access token, or null when no app id is configured.</summary>
    /// <exception cref="BotTokenException">The token endpoint refused or failed and no usable token is cached.</exception>
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (!HasCredentials)
        {
            return null;
        }

        var slot = _slots.GetOrAdd(Key(), _ => new TokenSlot());
        if (IsFresh(slot.Current))
        {
            return slot.Current!.Value;
        }

        await slot.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (IsFresh(slot.Current))
            {
                return slot.Current!.Value; // another caller refreshed while this one waited
            }

            try
            {
                slot.Current = await RequestAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (BotTokenException) when (slot.Current is { } old && old.ExpiresAt > _timeProvider.GetUtcNow())
            {
                var remaining = (long)(old.ExpiresAt - _timeProvider.GetUtcNow()).TotalSeconds;
                ConnectorLog.TokenRefreshFailedUsingCached(_logger, remaining);
            }

            return slot.Current!.Value;
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    /// <summary>Forgets the cached token (after the Connector answered 401), so the next call gets a new one.</summary>
    public void Invalidate()
    {
        if (_slots.TryGetValue(Key(), out var slot))
        {
            slot.Current = null;
        }
    }

    public void Dispose()
    {
        foreach (var slot in _slots.Values)
        {
            slot.Gate.Dispose();
        }

        _certificate?.Dispose();
    }

    private (string, string) Key() => (_options.MicrosoftAppId!, _options.IsMultiTenant ? string.Empty : _options.MicrosoftAppTenantId ?? string.Empty);

    private bool IsFresh(CachedToken? token)
    {
        if (token is null)
        {
            return false;
        }

        var margin = token.Lifetime / 2 < RefreshMargin ? token.Lifetime / 2 : RefreshMargin;
        return token.ExpiresAt - _timeProvider.GetUtcNow() > margin;
    }

    private async Task<CachedToken> RequestAsync(CancellationToken cancellationToken)
    {
        var endpoint = _options.ResolveTokenEndpoint();
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || !EndpointRules.IsAllowed(uri, _options.AllowHttpOnLoopback))
        {
            throw new BotTokenException(null, "TokenEndpointNotAllowed");
        }

        using var form = new FormUrlEncodedContent(Credentials(endpoint));
        var started = Stopwatch.GetTimestamp();
        using var client = _httpClientFactory.CreateClient(ProtocolHttpClients.Token);
        HttpResponseMessage response;
        try
        {
            response = await client.PostAsync(uri, form, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            ConnectorLog.TokenFailed(_logger, null, "NetworkError");
            throw new BotTokenException(null, "NetworkError", exception);
        }

        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var parsed = TokenResponse.Parse(body);
            if (!response.IsSuccessStatusCode || parsed?.AccessToken is null || parsed.ExpiresIn <= 0)
            {
                ConnectorLog.TokenFailed(_logger, (int)response.StatusCode, parsed?.Error);
                throw new BotTokenException(response.StatusCode, parsed?.Error ?? "InvalidTokenResponse");
            }

            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            ConnectorLog.TokenAcquired(_logger, parsed.ExpiresIn, elapsedMs);
            var lifetime = TimeSpan.FromSeconds(parsed.ExpiresIn);
            return new CachedToken(parsed.AccessToken, _timeProvider.GetUtcNow() + lifetime, lifetime);
        }
    }

    /// <summary>The grant's form: the client secret, or an assertion signed with the certificate, made fresh for each request.</summary>
    private Dictionary<string, string> Credentials(string endpoint)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = _options.MicrosoftAppId!,
            ["scope"] = _options.OAuthScope,
        };
        if (_options.UsesCertificate)
        {
            form["client_assertion_type"] = ClientAssertion.Type;
            form["client_assertion"] = ClientAssertion.Create(Certificate(), _options.MicrosoftAppId!, endpoint, _timeProvider.GetUtcNow());
        }
        else
        {
            form["client_secret"] = _options.MicrosoftAppPassword ?? string.Empty;
        }

        return form;
    }

    /// <summary>
    /// The certificate, read on first use (start-up has checked it) and kept. Called under the token slot's gate. A read
    /// that fails (a mounted secret being swapped) is a failed token request, tried again on the next one, so a cached
    /// token still serves meanwhile.
    /// </summary>
    private X509Certificate2 Certificate()
    {
        if (_certificate is { } loaded)
        {
            return loaded;
        }

        try
        {
            return _certificate = BotCertificate.Load(_options.MicrosoftAppCertificatePath!, _options.MicrosoftAppCertificatePassword);
        }
        catch (BotCertificateException exception)
        {
            ConnectorLog.TokenFailed(_logger, null, "CertificateUnreadable");
            throw new BotTokenException(null, "CertificateUnreadable", exception);
        }
    }

    private sealed record CachedToken(string Value, DateTimeOffset ExpiresAt, TimeSpan Lifetime);

    private sealed class TokenSlot
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public volatile CachedToken? Current;
    }
}
