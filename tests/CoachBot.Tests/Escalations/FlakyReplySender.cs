using CoachBot.Outbox;

namespace CoachBot.Tests.Escalations;

/// <summary>
/// The real sender, except that the first message the bot starts itself in <c>conversationId</c> fails as a
/// Connector outage would: for a note that fails right after the card to another conversation succeeded.
/// </summary>
internal sealed class FlakyReplySender(string conversationId) : IReplySender
{
    private IReplySender? _inner;

    public bool Failed { get; private set; }

    public FlakyReplySender Wrapping(IReplySender inner)
    {
        _inner = inner;
        return this;
    }

    public Task<string?> SendAsync(ReplyEnvelope envelope, CancellationToken cancellationToken)
    {
        if (!Failed && envelope.ConversationId == conversationId && envelope.ReplyToId is null)
        {
            Failed = true;
            throw new OutboxDeliveryException("Connector answered 503 ServiceUnavailable", permanent: false);
        }

        return _inner!.SendAsync(envelope, cancellationToken);
    }

    public Task UpdateAsync(ReplyEnvelope envelope, string activityId, CancellationToken cancellationToken) =>
        _inner!.UpdateAsync(envelope, activityId, cancellationToken);
}
