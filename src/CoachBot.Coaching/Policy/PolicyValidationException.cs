namespace CoachBot.Coaching.Policy;

/// <summary>Thrown when a policy cannot be loaded at start-up; carries every error, so the bot refuses to start with the whole list.</summary>
public sealed class PolicyValidationException : Exception
{
    public PolicyValidationException(IReadOnlyList<PolicyError> errors)
        : base($"{errors?.Count ?? 0} policy error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors ?? [])}") =>
        Errors = errors ?? [];

    public PolicyValidationException()
        : this([])
    {
    }

    public PolicyValidationException(string message)
        : base(message) => Errors = [];

    public PolicyValidationException(string message, Exception innerException)
        : base(message, innerException) => Errors = [];

    /// <summary>Every error found.</summary>
    public IReadOnlyList<PolicyError> Errors { get; }
}
