using System.Net;

namespace CoachBot.Evaluation;

/// <summary>
/// Stands in for the Bot Connector: the evaluation reads replies from the expectReplies response, and anything
/// the bot sends on its own (an alert to the duty desk) is accepted here and goes nowhere, so no traffic leaves
/// the process.
/// </summary>
internal sealed class SinkConnectorHandler : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent("""{"id":"evaluation"}""", System.Text.Encoding.UTF8, "application/json"),
        });
}
