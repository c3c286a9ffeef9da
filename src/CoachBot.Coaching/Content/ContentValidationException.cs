namespace CoachBot.Coaching.Content;

/// <summary>Thrown when the coaching content cannot be loaded at start-up; carries every error, so the bot refuses to start with the whole list.</summary>
public sealed class ContentValidationException : Exception
{
    public ContentValidationException(IReadOnlyList<ContentError> errors)
        : base($"{errors?.Count ?? 0} content error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors ?? [])}") =>
        Errors = errors ?? [];

    public ContentValidationException()
        : this([])
    {
    }

    public ContentValidationException(string message)
        : base(message) => Errors = [];

    public ContentValidationException(string message, Exception innerException)
        : base(message, innerException) => Errors = [];

    /// <summary>Every error found.</summary>
    public IReadOnlyList<ContentError> Errors { get; }
}
