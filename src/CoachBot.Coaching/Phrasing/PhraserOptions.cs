namespace CoachBot.Coaching.Phrasing;

/// <summary>
/// How the LLM phraser spends its time (section "Llm"): the staffer has a guest in front of them, so a reply that is not
/// back within the budget is sent in the rules' words. Repeated failures open a circuit for a while, so a down service
/// costs nothing per turn; answers are cached in a bounded cache of their own.
/// </summary>
public sealed record PhraserOptions
{
    /// <summary>The most a reply waits for the LLM.</summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromMilliseconds(800);

    /// <summary>
    /// The calls within <see cref="SamplingDuration"/> before the circuit may open: it opens once at least half of them
    /// have failed (errors and timeouts; a caller's own cancellation is not a failure).
    /// </summary>
    public int CircuitFailures { get; init; } = 5;

    public TimeSpan SamplingDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit sends every reply in the rules' words before trying the LLM again.</summary>
    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// When set, an advice rephrase later than <see cref="Budget"/> is still awaited up to this long and cached, so the
    /// message sent in the rules' words can be replaced in place once it is back (<c>Llm:ReplaceInPlace</c>). Unset,
    /// a call is given up at the budget.
    /// </summary>
    public TimeSpan? LateAnswerTimeout { get; init; }

    /// <summary>How many phrased answers the cache keeps.</summary>
    public int CacheEntries { get; init; } = 2000;

    /// <summary>How long a phrased answer is reused.</summary>
    public TimeSpan CacheFor { get; init; } = TimeSpan.FromHours(12);
}
