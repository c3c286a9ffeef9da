namespace CoachBot.Protocol.Authentication;

/// <summary>The OpenID metadata or key set could not be fetched and no earlier keys are cached.</summary>
internal sealed class SigningKeysUnavailableException : Exception
{
    public SigningKeysUnavailableException()
    {
    }

    public SigningKeysUnavailableException(string message)
        : base(message)
    {
    }

    public SigningKeysUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SigningKeysUnavailableException(string message, TimeSpan retryAfter, Exception? innerException = null)
        : base(message, innerException)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>When the keys' source will be tried again (whole seconds); null when not known.</summary>
    public TimeSpan? RetryAfter { get; }
}
