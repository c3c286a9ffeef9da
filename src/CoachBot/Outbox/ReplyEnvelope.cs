using System.Text.Json;
using CoachBot.Protocol.Schema;
using CoachBot.State;

namespace CoachBot.Outbox;

/// <summary>An outgoing activity and where it goes; stored in the outbox as kind "reply".</summary>
public sealed record ReplyEnvelope(string ServiceUrl, string ConversationId, string? ReplyToId, Activity Activity)
{
    public const string OutboxKind = "reply";

    /// <summary>
    /// The outbox item of <paramref name="reply"/> answering <paramref name="incoming"/>. It belongs to the user whose
    /// turn it answers, so "forget my data" deletes it too.
    /// </summary>
    internal static NewOutboxItem OutboxItemFor(InboundActivity incoming, Activity reply) =>
        new(OutboxKind, JsonSerializer.Serialize(new ReplyEnvelope(incoming.ServiceUrl, incoming.ConversationId, incoming.Activity.Id, reply), ProtocolJson.Options))
        {
            UserId = incoming.SenderId,
        };
}
