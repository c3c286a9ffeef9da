using CoachBot.Protocol.Schema;

namespace CoachBot.Turns;

/// <summary>An outgoing activity and where it goes; stored in the outbox as kind "reply".</summary>
public sealed record ReplyEnvelope(string ServiceUrl, string ConversationId, string? ReplyToId, Activity Activity)
{
    public const string OutboxKind = "reply";
}
