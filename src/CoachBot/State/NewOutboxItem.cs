namespace CoachBot.State;

/// <summary>An outbox item to be written; the store assigns its id.</summary>
/// <param name="Kind">Which <c>IOutboxHandler</c> delivers it.</param>
/// <param name="PayloadJson">What to deliver.</param>
/// <param name="DueAt">When it becomes due; null for at once (a reminder sets a later time).</param>
public sealed record NewOutboxItem(string Kind, string PayloadJson, DateTimeOffset? DueAt = null)
{
    /// <summary>The user whose turn produced the item, when it matters to its handler.</summary>
    public string? UserId { get; init; }

    /// <summary>When the item is deleted whether or not it was delivered: it carries data with a retention period (a call note).</summary>
    public DateTimeOffset? ExpiresAt { get; init; }
}
