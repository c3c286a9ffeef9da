namespace CoachBot.Dialogs;

/// <summary>
/// The result of a prompt that re-asked as often as allowed and still did not get an answer. The parent
/// decides what to do (for example end with <see cref="EngineStrings.TooManyAttempts"/>).
/// </summary>
public sealed class TooManyAttempts
{
    private TooManyAttempts()
    {
    }

    /// <summary>The one instance.</summary>
    public static TooManyAttempts Instance { get; } = new();
}
