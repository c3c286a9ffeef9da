namespace CoachBot.State;

/// <summary>
/// Something to deliver after the turn committed: a reply to send through the Connector, or a side
/// effect such as an escalation. Stored first, sent second, so nothing is lost if the Connector fails.
/// </summary>
public sealed record OutboxItem(long Id, string ConversationId, string Kind, string PayloadJson, int Attempts, DateTimeOffset CreatedAt)
{
    /// <summary>The user whose turn produced the item (a call note belongs to its rep), when known.</summary>
    public string? UserId { get; init; }
}
