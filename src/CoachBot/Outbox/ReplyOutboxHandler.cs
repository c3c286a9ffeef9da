using System.Text.Json;
using CoachBot.Protocol.Schema;
using CoachBot.Llm;
using CoachBot.State;

namespace CoachBot.Outbox;

/// <summary>
/// Sends a stored reply through the Connector; one sent in the rules' words because the LLM was late goes to the
/// <see cref="LateRephraser"/> with its id, to be replaced in place when the rephrase arrives.
/// </summary>
internal sealed class ReplyOutboxHandler(IReplySender sender, LateRephraser late) : IOutboxHandler
{
    public string Kind => ReplyEnvelope.OutboxKind;

    public async Task HandleAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var envelope = JsonSerializer.Deserialize<ReplyEnvelope>(item.PayloadJson, ProtocolJson.Options)
            ?? throw new OutboxDeliveryException("The stored reply is empty.", permanent: true);
        var id = await sender.SendAsync(envelope, cancellationToken).ConfigureAwait(false);
        if (envelope.RephraseLater is not null && id is not null)
        {
            late.Post(envelope, id);
        }
    }
}
