namespace CoachBot.State;

/// <summary>The store cannot be reached or refused the operation; the user gets an honest "try again".</summary>
public sealed class StateStoreUnavailableException : Exception
{
    public StateStoreUnavailableException()
        : base("The state store is unavailable.")
    {
    }

    public StateStoreUnavailableException(string message)
        : base(message)
    {
    }

    public StateStoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
