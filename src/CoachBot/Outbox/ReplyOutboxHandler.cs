using System.Text.Json;
using CoachBot.Protocol.Schema;
using CoachBot.State;

namespace CoachBot.Outbox;

/// <summary>Sends a stored reply through the Connector.</summary>
internal sealed class ReplyOutboxHandler(IReplySender sender) : IOutboxHandler
{
    public string Kind => ReplyEnvelope.OutboxKind;

    public async Task HandleAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var envelope = JsonSerializer.Deserialize<ReplyEnvelope>(item.PayloadJson, ProtocolJson.Options)
            ?? throw new OutboxDeliveryException("The stored reply is empty.", permanent: true);
        await sender.SendAsync(envelope, cancellationToken).ConfigureAwait(false);
    }
}
