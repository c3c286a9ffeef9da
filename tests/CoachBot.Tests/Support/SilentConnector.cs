using System.Net;
using System.Text;

namespace CoachBot.Tests.Support;

/// <summary>
/// A Connector that accepts every call and remembers nothing, for long runs where a recording
/// <see cref="FakeConnector"/> would grow with every reply.
/// </summary>
public sealed class SilentConnector : HttpMessageHandler
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent("""{"id":"sent"}""", Encoding.UTF8, "application/json"),
        });
    }
}
