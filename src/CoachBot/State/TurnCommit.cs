namespace CoachBot.State;

/// <summary>Everything one turn writes, committed together.</summary>
/// <param name="ConversationId">The conversation the turn belongs to.</param>
/// <param name="Key">Whose dialog state; null when the turn changed no dialog state.</param>
/// <param name="StateJson">The new dialog state.</param>
/// <param name="ExpectedETag">The ETag read at the start of the turn; null when there was no state.</param>
/// <param name="ActivityId">The activity being processed; null when the channel sent no id.</param>
/// <param name="Response">The answer recorded for redelivery.</param>
/// <param name="Conversation">The conversation reference to upsert; null to leave it alone.</param>
/// <param name="Outbox">Replies and side effects to deliver after the commit.</param>
public sealed record TurnCommit(
    string ConversationId,
    StateKey? Key,
    string? StateJson,
    string? ExpectedETag,
    string? ActivityId,
    ProcessedActivity Response,
    ConversationRecord? Conversation,
    IReadOnlyList<NewOutboxItem> Outbox)
{
    /// <summary>Whose turn it was: the recorded answer is theirs, so "forget my data" can find it.</summary>
    public string? UserId { get; init; }
}
