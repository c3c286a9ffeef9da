namespace CoachBot.Outbox;

/// <summary>An outbox item could not be delivered; <see cref="Permanent"/> says whether trying again can help.</summary>
public sealed class OutboxDeliveryException : Exception
{
    public OutboxDeliveryException()
    {
    }

    public OutboxDeliveryException(string message)
        : base(message)
    {
    }

    public OutboxDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public OutboxDeliveryException(string message, bool permanent, Exception? innerException = null)
        : base(message, innerException)
    {
        Permanent = permanent;
    }

    public bool Permanent { get; }

    /// <summary>The wait the channel asked for, when it throttled; the next attempt is not sooner.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
