using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace CoachBot.Protocol.Authentication;

/// <summary>
/// The signing keys behind one OpenID metadata URL, fetched on first use, again after
/// <see cref="BotAuthenticationOptions.SigningKeyRefreshInterval"/>, and once more (at most every
/// <see cref="BotAuthenticationOptions.UnknownKeyRefreshInterval"/>) when a token names an unknown key, so
/// that key rotation is picked up without letting forged key ids trigger a fetch per request.
/// One fetch at a time; after a failed one the source is left alone for a back-off that grows with each
/// failure in a row (<see cref="SigningKeyFetchFailure"/>), so an outage at the identity provider costs
/// one fetch per back-off period, not one per request. Meanwhile cached keys, however old, are used, and
/// without them the caller learns when to retry.
/// </summary>
/// <remarks>
/// Not IdentityModel's ConfigurationManager: in 8.x its RequestRefresh updates in the background, so a
/// retry right after it still sees the old keys, and it reads the system clock rather than a TimeProvider.
/// </remarks>
internal sealed class SigningKeyCache(
    TokenSource source,
    string metadataUrl,
    IHttpClientFactory httpClientFactory,
    BotAuthenticationOptions options,
    TimeProvider timeProvider,
    ILogger logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private KeySet? _keys;
    private SigningKeyFetchFailure? _failure;
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

        var after = await RefreshAsync(seen, cancellationToken).ConfigureAwait(false);
        var found = after.Keys.GetValueOrDefault(keyId);
        if (found is null)
        {
            AuthLog.UnknownSigningKey(logger, Shorten(keyId), refreshed: !ReferenceEquals(after, seen));
        }

        return found;
    }

    public void Dispose() => _gate.Dispose();

    // The key id comes from an unauthenticated token: keep what reaches the log short.
    private static string Shorten(string keyId) => keyId.Length <= 64 ? keyId : keyId[..64] + "…";

    private async Task<KeySet> RefreshAsync(KeySet? seen, CancellationToken cancellationToken)
    {
        // Checked before the gate too, so that during an outage no request queues behind another.
        if (KeysWhileBackingOff(seen) is { } waiting)
        {
            return waiting;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = Volatile.Read(ref _keys);
            if (current is not null && !ReferenceEquals(current, seen))
            {
                return current; // another caller refreshed while this one waited
            }

            // Another caller's fetch may have failed while this one waited.
            return KeysWhileBackingOff(current) ?? await FetchAndStoreAsync(current, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Null when the source may be fetched; during a back-off the cached keys, however old, or when there
    /// are none, an exception that says when the source will be tried again.
    /// </summary>
    private KeySet? KeysWhileBackingOff(KeySet? cached)
    {
        var failure = Volatile.Read(ref _failure);
        var now = timeProvider.GetUtcNow();
        if (failure is null || !failure.IsBackingOff(now))
        {
            return null;
        }

        return cached ?? throw new SigningKeysUnavailableException($"{source} signing keys are unavailable.", failure.RetryAfter(now));
    }

    private async Task<KeySet> FetchAndStoreAsync(KeySet? current, CancellationToken cancellationToken)
    {
        Volatile.Write(ref _lastAttemptTicks, timeProvider.GetUtcNow().UtcTicks);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var keys = await FetchAsync(cancellationToken).ConfigureAwait(false);
            var fresh = new KeySet(keys, timeProvider.GetUtcNow());
            Volatile.Write(ref _keys, fresh);
            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            AuthLog.SigningKeysFetched(logger, source, metadataUrl, keys.Count, elapsedMs);
            if (Interlocked.Exchange(ref _failure, null) is { } ended)
            {
                AuthLog.SigningKeysRecovered(logger, source, metadataUrl, ended.Count);
            }

            return fresh;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested
            && exception is HttpRequestException or JsonException or SigningKeysUnavailableException or TaskCanceledException)
        {
            var now = timeProvider.GetUtcNow();
            var failure = SigningKeyFetchFailure.After(Volatile.Read(ref _failure), now, options);
            Volatile.Write(ref _failure, failure);
            var retryAfter = failure.RetryAfter(now);
            AuthLog.SigningKeysFetchFailed(logger, source, metadataUrl, Describe(exception), failure.Count, retryAfter.TotalSeconds, failure.NextAttempt, usingCachedKeys: current is not null);
            return current ?? throw new SigningKeysUnavailableException($"{source} signing keys are unavailable.", retryAfter, exception);
        }
    }

    // What went wrong, in words an operator can act on; never the response body.
    private static string Describe(Exception exception) => exception switch
    {
        SigningKeysUnavailableException => exception.Message,
        TaskCanceledException => "timed out",
        HttpRequestException { HttpRequestError: var error } => $"{nameof(HttpRequestException)} ({error})",
        _ => exception.GetType().Name,
    };

    private async Task<Dictionary<string, SigningKey>> FetchAsync(CancellationToken cancellationToken)
    {
        using var client = httpClientFactory.CreateClient(ProtocolHttpClients.OpenIdMetadata);
        var metadata = await GetBytesAsync(client, metadataUrl, cancellationToken).ConfigureAwait(false);
        var jwksUri = SigningKeySetReader.ReadJwksUri(metadata)
            ?? throw new SigningKeysUnavailableException("the OpenID metadata has no jwks_uri");
        var jwks = await GetBytesAsync(client, jwksUri, cancellationToken).ConfigureAwait(false);
        return SigningKeySetReader.ReadKeys(jwks);
    }

    private async Task<byte[]> GetBytesAsync(HttpClient client, string url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !EndpointRules.IsAllowed(uri, options.AllowHttpOnLoopback))
        {
            throw new SigningKeysUnavailableException("a key URL is not https (or http on loopback when allowed)");
        }

        using var response = await client.GetAsync(uri, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var what = ReferenceEquals(url, metadataUrl) ? "the OpenID metadata" : "the key set";
            throw new SigningKeysUnavailableException($"{what} answered HTTP {(int)response.StatusCode}");
        }

        return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    }

    private sealed record KeySet(Dictionary<string, SigningKey> Keys, DateTimeOffset FetchedAt);
}
