namespace CoachBot.Dialogs;

/// <summary>
/// What a prompt asks and how. Stored with the prompt's instance, so the prompt can re-ask and recognise
/// the answer after a host restart; texts are <see cref="LocalizedText"/> so a re-ask follows a language change.
/// </summary>
/// <param name="Prompt">The question.</param>
public sealed record PromptOptions(LocalizedText Prompt)
{
    /// <summary>Default number of re-asks before a prompt gives up.</summary>
    public const int DefaultMaxRetries = 3;

    /// <summary>What to say when the answer was not understood; by default a prompt-specific engine text.</summary>
    public LocalizedText? RetryPrompt { get; init; }

    /// <summary>The buttons (required for a choice prompt; optional quick answers elsewhere).</summary>
    public IReadOnlyList<Choice> Choices { get; init; } = [];

    /// <summary>How many times to ask again before ending with <see cref="TooManyAttempts"/>.</summary>
    public int MaxRetries { get; init; } = DefaultMaxRetries;

    /// <summary>The smallest number a number prompt accepts.</summary>
    public decimal? Minimum { get; init; }

    /// <summary>The largest number a number prompt accepts.</summary>
    public decimal? Maximum { get; init; }
}
