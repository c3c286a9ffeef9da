using System.Net;
using CoachBot.Protocol.Connector;
using CoachBot.State;

namespace CoachBot.Outbox;

/// <summary>Sends replies through the Bot Connector; a conversation the bot has left is forgotten.</summary>
internal sealed class ConnectorReplySender(ConnectorClient connector, TrustedServiceUrls trustedServiceUrls, IStateStore store) : IReplySender
{
    public async Task<string?> SendAsync(ReplyEnvelope envelope, CancellationToken cancellationToken)
    {
        // Envelopes are only ever written for activities that passed authentication, so their service URL
        // is one the channel gave us; after a restart the in-memory trust list must learn it again.
        trustedServiceUrls.Add(envelope.ServiceUrl);
        return await CallAsync(
            envelope,
            async () =>
            {
                var response = envelope.ReplyToId is { Length: > 0 } replyToId
                    ? await connector.ReplyToActivityAsync(envelope.ServiceUrl, envelope.ConversationId, replyToId, envelope.Activity, cancellationToken).ConfigureAwait(false)
                    : await connector.SendToConversationAsync(envelope.ServiceUrl, envelope.ConversationId, envelope.Activity, cancellationToken).ConfigureAwait(false);
                return response.Id;
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task UpdateAsync(ReplyEnvelope envelope, string activityId, CancellationToken cancellationToken)
    {
        trustedServiceUrls.Add(envelope.ServiceUrl);
        await CallAsync(
            envelope,
            async () =>
            {
                var response = await connector.UpdateActivityAsync(envelope.ServiceUrl, envelope.ConversationId, activityId, envelope.Activity, cancellationToken).ConfigureAwait(false);
                return response.Id;
            },
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<string?> CallAsync(ReplyEnvelope envelope, Func<Task<string?>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (ConnectorException ex)
        {
            if (ex.ConversationGone)
            {
                await store.DeleteConversationAsync(envelope.ConversationId, cancellationToken).ConfigureAwait(false);
            }

            // The client already retried what can be retried (412/429/5xx); a throttle or outage that
            // outlasted it is worth another go later, anything else will not get better.
            var transient = ex.StatusCode is null or HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed
                or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
            throw new OutboxDeliveryException($"Connector answered {(int?)ex.StatusCode} {ex.ErrorCode}", permanent: !transient, ex)
            {
                RetryAfter = ex.RetryAfter,
            };
        }
    }
}
