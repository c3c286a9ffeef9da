namespace CoachBot.Turns;

/// <summary>Sends an activity to its conversation through the Connector.</summary>
public interface IReplySender
{
    /// <returns>The id the channel gave the activity.</returns>
    Task<string?> SendAsync(ReplyEnvelope envelope, CancellationToken cancellationToken);
}
