using System.Net;
using CoachBot.Protocol.Connector;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Tests.TestSupport;

namespace CoachBot.Protocol.Tests.Connector;

public sealed class ConnectorRetryTests : IDisposable
{
    private readonly ConnectorFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private Task<ResourceResponse> SendAsync() => _fixture.CreateClient().SendToConversationAsync(
        ConnectorFixture.ServiceUrl, "a:1", new Activity { Type = ActivityTypes.Message, Text = "x" }, CancellationToken.None);

    private TimeSpan GapBetweenConnectorRequests(int first, int second) =>
        _fixture.ConnectorRequests[second].At - _fixture.ConnectorRequests[first].At;

    [Fact]
    public async Task Send_429WithRetryAfterSeconds_WaitsThatLongThenSucceeds()
    {
        _fixture.Handler.Enqueue(() =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(7));
            return response;
        });
        _fixture.Handler.Enqueue(HttpStatusCode.OK, """{"id":"ok"}""");

        var response = await _fixture.RunAsync(SendAsync());

        Assert.Equal("ok", response.Id);
        Assert.Equal(2, _fixture.ConnectorRequests.Count);
        var gap = GapBetweenConnectorRequests(0, 1);
        Assert.InRange(gap, TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(8));
    }

    [Fact]
    public async Task Send_429WithRetryAfterDate_WaitsUntilThatDate()
    {
        _fixture.Handler.Enqueue(() =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(_fixture.Clock.GetUtcNow().AddSeconds(12));
            return response;
        });
        _fixture.Handler.Enqueue(HttpStatusCode.OK, """{"id":"ok"}""");

        await _fixture.RunAsync(SendAsync());

        Assert.InRange(GapBetweenConnectorRequests(0, 1), TimeSpan.FromSeconds(11), TimeSpan.FromSeconds(13));
    }

    [Fact]
    public async Task Send_HugeRetryAfter_CappedAtMaxRetryAfter()
    {
        _fixture.ConnectorOptions.MaxRetryAfter = TimeSpan.FromSeconds(3);
        _fixture.Handler.Enqueue(() =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromHours(1));
            return response;
        });
        _fixture.Handler.Enqueue(HttpStatusCode.OK, """{"id":"ok"}""");

        await _fixture.RunAsync(SendAsync());

        Assert.InRange(GapBetweenConnectorRequests(0, 1), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task Send_503ThenSuccess_RetriedAfterBackoff()
    {
        _fixture.Handler.Enqueue(HttpStatusCode.ServiceUnavailable);
        _fixture.Handler.Enqueue(HttpStatusCode.OK, """{"id":"ok"}""");

        var response = await _fixture.RunAsync(SendAsync());

        Assert.Equal("ok", response.Id);
        Assert.InRange(GapBetweenConnectorRequests(0, 1), TimeSpan.FromSeconds(0.8), TimeSpan.FromSeconds(1.5));
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Send_OtherRetryableStatus_Retried(HttpStatusCode status)
    {
        _fixture.Handler.Enqueue(status);
        _fixture.Handler.Enqueue(HttpStatusCode.OK, """{"id":"ok"}""");

        await _fixture.RunAsync(SendAsync());

        Assert.Equal(2, _fixture.ConnectorRequests.Count);
    }

    [Fact]
    public async Task Send_AlwaysBusy_GivesUpAfterMaxAttemptsWithGrowingDelays()
    {
        for (var i = 0; i < 5; i++)
        {
            _fixture.Handler.Enqueue(HttpStatusCode.ServiceUnavailable);
        }

        var error = await Assert.ThrowsAsync<ConnectorException>(() => _fixture.RunAsync(SendAsync()));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(4, _fixture.ConnectorRequests.Count);
        Assert.InRange(GapBetweenConnectorRequests(0, 1), TimeSpan.FromSeconds(0.8), TimeSpan.FromSeconds(1.5));
        Assert.InRange(GapBetweenConnectorRequests(1, 2), TimeSpan.FromSeconds(1.6), TimeSpan.FromSeconds(2.7));
        Assert.InRange(GapBetweenConnectorRequests(2, 3), TimeSpan.FromSeconds(3.2), TimeSpan.FromSeconds(5.1));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task Send_NonRetryableStatus_FailsAfterOneRequest(HttpStatusCode status)
    {
        _fixture.Handler.Enqueue(status);
        _fixture.Handler.Enqueue(HttpStatusCode.OK, """{"id":"never"}""");

        // Driven on the fake clock so that a wrongful retry shows up as a second request, not a hang.
        var error = await Assert.ThrowsAsync<ConnectorException>(() => _fixture.RunAsync(SendAsync()));

        Assert.Equal(status, error.StatusCode);
        Assert.Single(_fixture.ConnectorRequests);
    }

    [Fact]
    public async Task Send_Retried_ResendsSameBodyAndToken()
    {
        _fixture.Handler.Enqueue(HttpStatusCode.BadGateway);
        _fixture.Handler.Enqueue(HttpStatusCode.OK, """{"id":"ok"}""");

        await _fixture.RunAsync(SendAsync());

        var requests = _fixture.ConnectorRequests;
        Assert.Equal(requests[0].Body, requests[1].Body);
        Assert.Equal(requests[0].Header("Authorization"), requests[1].Header("Authorization"));
        Assert.Equal(1, _fixture.TokenRequests);
    }
}
