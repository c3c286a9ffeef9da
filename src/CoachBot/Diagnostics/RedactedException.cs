namespace CoachBot.Diagnostics;

/// <summary>
/// An exception's type and stack trace without its message, for logging. Framework messages quote their input (a
/// duplicate key, the text that failed to parse, a format string), and on a bot that input is often what a user
/// typed; the type and the stack are what an operator needs to find the bug, and they hold no user text.
/// </summary>
public sealed class RedactedException : Exception
{
    private readonly string? _stackTrace;

    public RedactedException()
    {
    }

    public RedactedException(string message)
        : base(message)
    {
    }

    public RedactedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    private RedactedException(Exception original)
        : base($"{original.GetType().FullName} (message withheld: it may quote user input)", Of(original.InnerException))
    {
        _stackTrace = original.StackTrace;
        OriginalType = original.GetType();
    }

    /// <summary>The type of the exception this one stands for.</summary>
    public Type? OriginalType { get; }

    /// <inheritdoc/>
    public override string? StackTrace => OriginalType is null ? base.StackTrace : _stackTrace;

    /// <summary>The redacted form of <paramref name="exception"/> and its inner exceptions; null for null.</summary>
    public static Exception? Of(Exception? exception) =>
        exception is null or RedactedException ? exception : new RedactedException(exception);
}
