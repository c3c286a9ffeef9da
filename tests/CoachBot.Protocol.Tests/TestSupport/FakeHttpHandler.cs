using System.Net;

namespace CoachBot.Protocol.Tests.TestSupport;

/// <summary>
/// Answers HTTP calls in memory: a fixed route per URL (GET metadata, keys) or, for other URLs, queued
/// responses in order; records every request with the time of the given clock.
/// </summary>
internal sealed class FakeHttpHandler(TimeProvider clock) : HttpMessageHandler
{
    private readonly Dictionary<string, Func<Task<HttpResponseMessage>>> _routes = new(StringComparer.Ordinal);
    private readonly Queue<Func<HttpResponseMessage>> _queued = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return [.. _requests];
            }
        }
    }

    public void Route(string url, Func<HttpResponseMessage> respond) => RouteAsync(url, () => Task.FromResult(respond()));

    public void RouteAsync(string url, Func<Task<HttpResponseMessage>> respond)
    {
        lock (_lock)
        {
            _routes[url] = respond;
        }
    }

    public void Enqueue(Func<HttpResponseMessage> respond)
    {
        lock (_lock)
        {
            _queued.Enqueue(respond);
        }
    }

    public void Enqueue(HttpStatusCode status, string? json = null) => Enqueue(() => Json(status, json));

    public int CountTo(string url) => Requests.Count(r => r.Uri.AbsoluteUri == url);

    public static HttpResponseMessage Json(HttpStatusCode status, string? json) => new(status)
    {
        Content = json is null ? null : new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
    };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        Func<Task<HttpResponseMessage>>? route;
        Func<HttpResponseMessage>? queued = null;
        lock (_lock)
        {
            _requests.Add(new RecordedRequest(request.Method, request.RequestUri!, headers, body, clock.GetUtcNow()));
            if (!_routes.TryGetValue(request.RequestUri!.GetLeftPart(UriPartial.Path), out route))
            {
                _queued.TryDequeue(out queued);
            }
        }

        if (route is not null)
        {
            return await route();
        }

        return queued?.Invoke() ?? new HttpResponseMessage(HttpStatusCode.NotFound);
    }
}
