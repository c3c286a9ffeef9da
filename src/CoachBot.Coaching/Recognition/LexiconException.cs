namespace CoachBot.Coaching.Recognition;

/// <summary>
/// The lexicon (or its character table) is invalid. Every problem found is listed, each with its file and
/// line, so one run shows them all.
/// </summary>
public sealed class LexiconException : Exception
{
    public LexiconException(IReadOnlyList<string> errors)
        : base("Invalid recogniser lexicon:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public LexiconException()
        : this([])
    {
    }

    public LexiconException(string message)
        : this([message])
    {
    }

    public LexiconException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    /// <summary>One line per problem: <c>file:line: message</c>.</summary>
    public IReadOnlyList<string> Errors { get; } = [];
}
