using System.Text.Json;
using CoachBot.Llm;
using CoachBot.Protocol.Schema;
using CoachBot.State;

namespace CoachBot.Outbox;

/// <summary>
/// An outgoing activity and where it goes; stored in the outbox as kind "reply". <paramref name="RephraseLater"/>: the
/// activity is in the rules' words because the LLM was late, and is to be replaced in place by its rephrase.
/// </summary>
public sealed record ReplyEnvelope(string ServiceUrl, string ConversationId, string? ReplyToId, Activity Activity, LateRephrase? RephraseLater = null)
{
    public const string OutboxKind = "reply";

    /// <summary>
    /// The outbox item of <paramref name="reply"/> answering <paramref name="incoming"/>. It belongs to the user whose
    /// turn it answers, so "forget my data" deletes it too.
    /// </summary>
    internal static NewOutboxItem OutboxItemFor(InboundActivity incoming, Activity reply, LateRephrase? rephraseLater = null) =>
        new(OutboxKind, JsonSerializer.Serialize(new ReplyEnvelope(incoming.ServiceUrl, incoming.ConversationId, incoming.Activity.Id, reply, rephraseLater), ProtocolJson.Options))
        {
            UserId = incoming.SenderId,
        };
}
