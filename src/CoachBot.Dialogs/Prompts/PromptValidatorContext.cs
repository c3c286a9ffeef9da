namespace CoachBot.Dialogs;

/// <summary>The answer a validator checks, with the turn and the prompt's options.</summary>
/// <param name="Context">The turn.</param>
/// <param name="Value">The recognised answer.</param>
/// <param name="Options">The prompt's options.</param>
/// <param name="AttemptCount">1 for the first answer, 2 after one re-ask, and so on.</param>
public sealed record PromptValidatorContext<T>(DialogContext Context, T Value, PromptOptions Options, int AttemptCount)
{
    /// <summary>
    /// Whether a rejection now ends the prompt with <see cref="TooManyAttempts"/>: a validator should not send its
    /// own re-ask then, as the parent will speak instead.
    /// </summary>
    public bool IsLastAttempt => AttemptCount > Options.MaxRetries;
}
