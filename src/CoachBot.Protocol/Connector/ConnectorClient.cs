using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CoachBot.Protocol.Schema;
using Activity = CoachBot.Protocol.Schema.Activity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.Protocol.Connector;

/// <summary>
/// The Bot Connector REST API (base = the activity's <c>serviceUrl</c>): send, reply, update, delete,
/// create conversation, paged members. Bodies are protocol JSON (camelCase, no nulls); the bot's token is
/// sent only to trusted service URLs (<see cref="TrustedServiceUrls"/>, <see cref="ConnectorOptions.UntrustedServiceUrl"/>).
/// Retries 412/429/502/503/504 with backoff (waiting through <see cref="TimeProvider"/>); every other
/// failure throws <see cref="ConnectorException"/> at once.
/// </summary>
public sealed class ConnectorClient(
    HttpClient httpClient,
    BotTokenProvider tokenProvider,
    TrustedServiceUrls trustedServiceUrls,
    IOptions<ConnectorOptions> options,
    TimeProvider timeProvider,
    ILogger<ConnectorClient> logger)
{
    private readonly ConnectorOptions _options = (options ?? throw new ArgumentNullException(nameof(options))).Value;

    /// <summary><c>POST v3/conversations/{conversationId}/activities</c>.</summary>
    public async Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        await SendAsync(
            "send", HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities",
            Body(activity), ProtocolJsonContext.Default.ResourceResponse, cancellationToken).ConfigureAwait(false)
        ?? new ResourceResponse(null);

    /// <summary><c>POST v3/conversations/{conversationId}/activities/{activityId}</c> (a threaded reply).</summary>
    public async Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        await SendAsync(
            "reply", HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}",
            Body(activity), ProtocolJsonContext.Default.ResourceResponse, cancellationToken).ConfigureAwait(false)
        ?? new ResourceResponse(null);

    /// <summary><c>PUT v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    public async Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        await SendAsync(
            "update", HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}",
            Body(activity), ProtocolJsonContext.Default.ResourceResponse, cancellationToken).ConfigureAwait(false)
        ?? new ResourceResponse(null);

    /// <summary><c>DELETE v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        SendAsync<object>(
            "delete", HttpMethod.Delete, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}",
            body: null, responseType: null, cancellationToken);

    /// <summary>
    /// <c>POST v3/conversations</c>: a 1:1 chat (<c>members</c> + <c>tenantId</c>) or, in Teams, a new channel
    /// thread (<c>isGroup: true</c>, <c>channelData {channel{id}, tenant{id}}</c>, <c>activity</c>).
    /// </summary>
    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        await SendAsync(
            "create", HttpMethod.Post, serviceUrl, "v3/conversations",
            ProtocolJson.SerializeToUtf8Bytes(parameters),
            ProtocolJsonContext.Default.ConversationResourceResponse, cancellationToken).ConfigureAwait(false)
        ?? new ConversationResourceResponse(null, null, null);

    /// <summary><c>GET v3/conversations/{conversationId}/pagedmembers?pageSize=&amp;continuationToken=</c>.</summary>
    public async Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var query = new List<string>();
        if (pageSize is { } size)
        {
            query.Add($"pageSize={size.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        if (!string.IsNullOrEmpty(continuationToken))
        {
            query.Add($"continuationToken={Escape(continuationToken)}");
        }

        var path = $"v3/conversations/{Escape(conversationId)}/pagedmembers" + (query.Count == 0 ? string.Empty : "?" + string.Join('&', query));
        return await SendAsync("members", HttpMethod.Get, serviceUrl, path, body: null, ProtocolJsonContext.Default.PagedMembersResult, cancellationToken)
                .ConfigureAwait(false)
            ?? new PagedMembersResult();
    }

    private static string Escape(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        return UriComponent.Escape(value);
    }

    private static byte[] Body(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return ProtocolJson.SerializeToUtf8Bytes(activity);
    }

    private async Task<T?> SendAsync<T>(
        string operation, HttpMethod method, string serviceUrl, string path, byte[]? body, JsonTypeInfo<T>? responseType, CancellationToken cancellationToken)
        where T : class
    {
        var uri = new Uri(BaseUri(serviceUrl), path);
        var token = await TokenForAsync(operation, serviceUrl, cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, uri);
            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            }

            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            var started = Stopwatch.GetTimestamp();
            using var response = await SendOnceAsync(operation, request, cancellationToken).ConfigureAwait(false);
            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            ConnectorLog.Answered(logger, operation, (int)response.StatusCode, attempt, elapsedMs);
            if (response.IsSuccessStatusCode)
            {
                return await ReadAsync(response, responseType, cancellationToken).ConfigureAwait(false);
            }

            if (RetryDelays.IsRetryable(response.StatusCode) && attempt < _options.MaxAttempts)
            {
                var delay = RetryDelays.For(response, attempt, _options, timeProvider);
                ConnectorLog.Retrying(logger, operation, (int)response.StatusCode, attempt, delay.TotalMilliseconds);
                await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var errorCode = await ConnectorError.ReadCodeAsync(response, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == System.Net.HttpStatusCode.Unauthorized)
            {
                tokenProvider.Invalidate();
            }

            ConnectorLog.Failed(logger, operation, (int)response.StatusCode, errorCode);
            throw new ConnectorException(operation, response.StatusCode, errorCode)
            {
                RetryAfter = RetryDelays.RequestedWait(response, timeProvider),
            };
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(string operation, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            throw new ConnectorException(operation, null, "NetworkError", exception);
        }
    }

    private async Task<string?> TokenForAsync(string operation, string serviceUrl, CancellationToken cancellationToken)
    {
        if (!tokenProvider.HasCredentials)
        {
            return null;
        }

        if (trustedServiceUrls.IsTrusted(serviceUrl))
        {
            try
            {
                return await tokenProvider.GetTokenAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (BotTokenException exception)
            {
                throw new ConnectorException(operation, null, "TokenUnavailable", exception);
            }
        }

        var host = new Uri(serviceUrl).Host;
        if (_options.UntrustedServiceUrl == UntrustedServiceUrlPolicy.SendWithoutToken)
        {
            ConnectorLog.Untrusted(logger, operation, host, "sending without token");
            return null;
        }

        ConnectorLog.Untrusted(logger, operation, host, "refused");
        throw new ConnectorException(operation, null, "UntrustedServiceUrl");
    }

    private static Uri BaseUri(string serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The service URL must be an absolute http or https URL.", nameof(serviceUrl));
        }

        // Without the trailing slash, "…/amer" + "v3/…" would drop the "amer" segment.
        return serviceUrl.EndsWith('/') ? uri : new Uri(serviceUrl + "/");
    }

    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T>? responseType, CancellationToken cancellationToken)
        where T : class
    {
        if (responseType is null)
        {
            return null;
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (bytes.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, responseType);
        }
        catch (JsonException)
        {
            return null; // the call succeeded; an unreadable body only loses the returned id
        }
    }
}
