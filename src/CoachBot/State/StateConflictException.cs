namespace CoachBot.State;

/// <summary>The dialog state changed since it was read (another instance or a racing turn); the turn is re-run.</summary>
public sealed class StateConflictException : Exception
{
    public StateConflictException()
        : base("The dialog state was changed by another writer.")
    {
    }

    public StateConflictException(string message)
        : base(message)
    {
    }

    public StateConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
