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
    private TaskCompletionSource? _hold;
    private int _nextId;
    private int _arrived;

    /// <summary>What <c>GET …/pagedmembers</c> answers: the conversation's roster (empty unless a test sets it).</summary>
    public IReadOnlyList<JsonObject> Members { get; set; } = [];

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

    /// <summary>
    /// Calls from now on are answered (and recorded in <see cref="Calls"/>) only once the returned source is completed,
    /// like a channel that is slow to answer; a caller that gives up (cancels) gets its cancellation.
    /// </summary>
    public TaskCompletionSource Hold()
    {
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_sync)
        {
            _hold = hold;
        }

        return hold;
    }

    /// <summary>Waits (a bounded real time) until <paramref name="count"/> calls have arrived, answered or held.</summary>
    public async Task WaitForCallsAsync(int count)
    {
        for (var i = 0; i < 200 && Volatile.Read(ref _arrived) < count; i++)
        {
            await Task.Delay(25);
        }

        Assert.True(Volatile.Read(ref _arrived) >= count, $"{_arrived} connector calls arrived, {count} expected");
    }

    /// <summary>The successful deliveries to one conversation.</summary>
    public IReadOnlyList<ConnectorCall> DeliveredTo(string conversationId) =>
        [.. Delivered.Where(c => c.ConversationId == conversationId)];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Interlocked.Increment(ref _arrived);
        TaskCompletionSource? hold;
        lock (_sync)
        {
            hold = _hold;
        }

        if (hold is not null)
        {
            // A caller that gives up while held is not answered, and its call is not recorded as one.
            await hold.Task.WaitAsync(cancellationToken);
        }

        var failure = TakeFailure();
        var status = failure?.Status ?? HttpStatusCode.OK;
        _calls.Enqueue(new ConnectorCall(
            request.Method,
            request.RequestUri!,
            request.Headers.Authorization?.ToString(),
            body is null ? null : JsonNode.Parse(body),
            status));

        if (failure is null && request.Method == HttpMethod.Get && request.RequestUri!.AbsolutePath.EndsWith("/pagedmembers", StringComparison.Ordinal))
        {
            return Json(HttpStatusCode.OK, new JsonObject { ["members"] = new JsonArray([.. Members.Select(m => m.DeepClone())]) });
        }

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
