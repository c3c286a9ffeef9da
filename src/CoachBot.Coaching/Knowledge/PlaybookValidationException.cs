namespace CoachBot.Coaching.Knowledge;

/// <summary>Thrown when the playbooks cannot be loaded at start-up; carries every error.</summary>
public sealed class PlaybookValidationException : Exception
{
    public PlaybookValidationException(IReadOnlyList<PlaybookError> errors)
        : base($"{errors?.Count ?? 0} playbook error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors ?? [])}") =>
        Errors = errors ?? [];

    public PlaybookValidationException()
        : this([])
    {
    }

    public PlaybookValidationException(string message)
        : base(message) => Errors = [];

    public PlaybookValidationException(string message, Exception innerException)
        : base(message, innerException) => Errors = [];

    public IReadOnlyList<PlaybookError> Errors { get; }
}
