using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace CoachBot.Protocol.Authentication;

/// <summary>
/// The signing keys behind one OpenID metadata URL, fetched on first use, again after
/// <see cref="BotAuthenticationOptions.SigningKeyRefreshInterval"/>, and once more (at most every
/// <see cref="BotAuthenticationOptions.UnknownKeyRefreshInterval"/>) when a token names an unknown key, so
/// that key rotation is picked up without letting forged key ids trigger a fetch per request.
/// </summary>
/// <remarks>
/// Not IdentityModel's ConfigurationManager: in 8.x its RequestRefresh updates in the background, so a
/// retry right after it still sees the old keys, and it reads the system clock rather than a TimeProvider.
/// </remarks>
internal sealed class SigningKeyCache(
    string metadataUrl,
    IHttpClientFactory httpClientFactory,
    BotAuthenticationOptions options,
    TimeProvider timeProvider,
    ILogger logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private KeySet? _keys;
    private long _lastAttemptTicks = DateTimeOffset.MinValue.UtcTicks;

    /// <summary>The key with id <paramref name="keyId"/>, or null when it is unknown even after a refresh.</summary>
    /// <exception cref="SigningKeysUnavailableException">Nothing could be fetched and nothing is cached.</exception>
    public async Task<SigningKey?> GetKeyAsync(string keyId, CancellationToken cancellationToken)
    {
        var seen = Volatile.Read(ref _keys);
        if (seen is null || timeProvider.GetUtcNow() - seen.FetchedAt >= options.SigningKeyRefreshInterval)
        {
            seen = await RefreshAsync(seen, cancellationToken).ConfigureAwait(false);
        }

        if (seen.Keys.TryGetValue(keyId, out var key))
        {
            return key;
        }

        var lastAttempt = new DateTimeOffset(Volatile.Read(ref _lastAttemptTicks), TimeSpan.Zero);
        if (timeProvider.GetUtcNow() - lastAttempt < options.UnknownKeyRefreshInterval)
        {
            AuthLog.UnknownSigningKey(logger, Shorten(keyId), refreshed: false);
            return null;
        }

        seen = await RefreshAsync(seen, cancellationToken).ConfigureAwait(false);
        var found = seen.Keys.GetValueOrDefault(keyId);
        if (found is null)
        {
            AuthLog.UnknownSigningKey(logger, Shorten(keyId), refreshed: true);
        }

        return found;
    }

    public void Dispose() => _gate.Dispose();

    // The key id comes from an unauthenticated token: keep what reaches the log short.
    private static string Shorten(string keyId) => keyId.Length <= 64 ? keyId : keyId[..64] + "…";

    private async Task<KeySet> RefreshAsync(KeySet? seen, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = Volatile.Read(ref _keys);
            if (current is not null && !ReferenceEquals(current, seen))
            {
                return current; // another caller refreshed while this one waited
            }

            Volatile.Write(ref _lastAttemptTicks, timeProvider.GetUtcNow().UtcTicks);
            var started = Stopwatch.GetTimestamp();
            try
            {
                var keys = await FetchAsync(cancellationToken).ConfigureAwait(false);
                var fresh = new KeySet(keys, timeProvider.GetUtcNow());
                Volatile.Write(ref _keys, fresh);
                var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                AuthLog.SigningKeysFetched(logger, metadataUrl, keys.Count, elapsedMs);
                return fresh;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested
                && exception is HttpRequestException or JsonException or SigningKeysUnavailableException or TaskCanceledException)
            {
                AuthLog.SigningKeysFetchFailed(logger, metadataUrl, exception.GetType().Name);
                return current ?? throw new SigningKeysUnavailableException($"Signing keys from {metadataUrl} are unavailable.", exception);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<Dictionary<string, SigningKey>> FetchAsync(CancellationToken cancellationToken)
    {
        using var client = httpClientFactory.CreateClient(ProtocolHttpClients.OpenIdMetadata);
        var metadata = await GetBytesAsync(client, metadataUrl, cancellationToken).ConfigureAwait(false);
        var jwksUri = SigningKeySetReader.ReadJwksUri(metadata)
            ?? throw new SigningKeysUnavailableException("The OpenID metadata has no jwks_uri.");
        var jwks = await GetBytesAsync(client, jwksUri, cancellationToken).ConfigureAwait(false);
        return SigningKeySetReader.ReadKeys(jwks);
    }

    private async Task<byte[]> GetBytesAsync(HttpClient client, string url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !EndpointRules.IsAllowed(uri, options.AllowHttpOnLoopback))
        {
            throw new SigningKeysUnavailableException("A key URL is not https (or http on loopback when allowed).");
        }

        using var response = await client.GetAsync(uri, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new SigningKeysUnavailableException($"Fetching keys answered {(int)response.StatusCode}.");
        }

        return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    }

    private sealed record KeySet(Dictionary<string, SigningKey> Keys, DateTimeOffset FetchedAt);
}
