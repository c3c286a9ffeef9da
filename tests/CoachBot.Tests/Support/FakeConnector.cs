using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace CoachBot.Tests.Support;

/// <summary>
/// Stands in for the Bot Connector service: records every call the bot makes and answers 200, or fails
/// with a chosen status (with an error code and Retry-After) until told to recover.
/// </summary>
public sealed class FakeConnector : HttpMessageHandler
{
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private readonly Lock _sync = new();
    private Failure? _failure;
    private int _nextId;

    /// <summary>Every call, in the order it arrived, failed ones included.</summary>
    public IReadOnlyList<ConnectorCall> Calls => [.. _calls];

    /// <summary>The calls that were answered with success: what the user actually sees.</summary>
    public IReadOnlyList<ConnectorCall> Delivered => [.. _calls.Where(c => c.StatusCode == HttpStatusCode.OK)];

    /// <summary>Answers every call with <paramref name="status"/> until <see cref="Recover"/>.</summary>
    public void FailWith(HttpStatusCode status, string errorCode = "ServiceError", TimeSpan? retryAfter = null) =>
        FailNext(int.MaxValue, status, errorCode, retryAfter);

    /// <summary>Answers the next <paramref name="count"/> calls with <paramref name="status"/>, then recovers by itself.</summary>
    public void FailNext(int count, HttpStatusCode status, string errorCode = "ServiceError", TimeSpan? retryAfter = null)
    {
        lock (_sync)
        {
            _failure = new Failure(status, errorCode, retryAfter) { Remaining = count };
        }
    }

    public void Recover()
    {
        lock (_sync)
        {
            _failure = null;
        }
    }

    /// <summary>The successful deliveries to one conversation.</summary>
    public IReadOnlyList<ConnectorCall> DeliveredTo(string conversationId) =>
        [.. Delivered.Where(c => c.ConversationId == conversationId)];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var failure = TakeFailure();
        var status = failure?.Status ?? HttpStatusCode.OK;
        _calls.Enqueue(new ConnectorCall(
            request.Method,
            request.RequestUri!,
            request.Headers.Authorization?.ToString(),
            body is null ? null : JsonNode.Parse(body),
            status));

        if (failure is null)
        {
            var id = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
            return Json(HttpStatusCode.OK, new JsonObject { ["id"] = $"sent-{id}" });
        }

        var response = Json(status, new JsonObject { ["error"] = new JsonObject { ["code"] = failure.ErrorCode, ["message"] = "fake failure" } });
        if (failure.RetryAfter is { } wait)
        {
            response.Headers.RetryAfter = new RetryConditionHeaderValue(wait);
        }

        return response;
    }

    private Failure? TakeFailure()
    {
        lock (_sync)
        {
            var failure = _failure;
            if (failure is not null && --failure.Remaining == 0)
            {
                _failure = null;
            }

            return failure;
        }
    }

    private static HttpResponseMessage Json(HttpStatusCode status, JsonObject body) =>
        new(status) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };

    private sealed record Failure(HttpStatusCode Status, string ErrorCode, TimeSpan? RetryAfter)
    {
        public int Remaining { get; set; }
    }
}
