namespace CoachBot.Coaching.Recognition;

/// <summary>
/// How one evaluation case went: the intent read, the expected facts missed (or present when they should
/// be absent), and, when the rules engine ran, the rules that fired, the sources they cite and whether the
/// expected source is among them (null when the case expects none or the engine did not run).
/// </summary>
public sealed record CaseResult(
    EvaluationCase Case,
    string Intent,
    double Confidence,
    IReadOnlyList<string> MissedFacts,
    IReadOnlyList<string> RuleIds,
    IReadOnlyList<string> CitedSources,
    bool? SourceCited)
{
    public bool IntentCorrect => Intent == Case.Intent;
}
