namespace CoachBot.Outbox;

/// <summary>Sends an activity to its conversation through the Connector.</summary>
public interface IReplySender
{
    /// <returns>The id the channel gave the activity.</returns>
    Task<string?> SendAsync(ReplyEnvelope envelope, CancellationToken cancellationToken);

    /// <summary>Replaces a message the bot sent earlier (for example a card whose button has been used).</summary>
    Task UpdateAsync(ReplyEnvelope envelope, string activityId, CancellationToken cancellationToken);
}
