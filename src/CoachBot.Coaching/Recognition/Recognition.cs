using CoachBot.Coaching.Knowledge;

namespace CoachBot.Coaching.Recognition;

/// <summary>
/// What the recogniser read in one message. <see cref="Intent"/> is one of the <c>intent</c> values of
/// <c>facts.yaml</c> (<c>unknown</c> when it asks a <see cref="Clarification"/> instead of guessing);
/// <see cref="Facts"/> holds the intent, the language and every fact found, ready for the rules engine.
/// <see cref="Language"/> is <c>en</c>, <c>vi</c> or <c>zh</c>; <see cref="Script"/> is <c>latin</c>,
/// <c>hans</c> or <c>hant</c> (traditional Chinese, so replies can use traditional characters).
/// <see cref="Scores"/> is the evidence the words give each intent, before the role's weights.
/// </summary>
public sealed record Recognition(
    string Intent,
    FactSet Facts,
    string Language,
    string Script,
    double Confidence,
    IReadOnlyList<Amount> Amounts,
    Clarification? Clarification)
{
    public IReadOnlyDictionary<string, double> Scores { get; init; } = new Dictionary<string, double>();

    /// <summary>
    /// When the words settle nothing: the situation of the nearest labelled examples among those the sender's role
    /// brings, however loose the likeness (a best guess to advise on, said to be one), or null.
    /// </summary>
    public string? Guess { get; init; }
}
