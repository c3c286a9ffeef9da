namespace CoachBot.Coaching.Recognition;

/// <summary>
/// The results of one evaluation part: intent accuracy, per-intent precision and recall, the confusion
/// matrix (expected → predicted → count), the share of expected facts found, and — when the rules engine
/// ran — the share of cases whose expected inventory id was cited.
/// </summary>
public sealed class EvaluationReport(string part, IReadOnlyList<CaseResult> cases, bool engineRan)
{
    public string Part { get; } = part;

    public IReadOnlyList<CaseResult> Cases { get; } = cases;

    public bool EngineRan { get; } = engineRan;

    public double IntentAccuracy => Share(Cases.Count(c => c.IntentCorrect), Cases.Count);

    /// <summary>Expected facts found, over all expected facts of all cases.</summary>
    public double FactAccuracy
    {
        get
        {
            var expected = Cases.Sum(c => c.Case.Facts?.Count ?? 0);
            return Share(expected - Cases.Sum(c => c.MissedFacts.Count), expected);
        }
    }

    /// <summary>Cases whose expected source was cited, over cases that expect one (NaN if the engine did not run).</summary>
    public double SourceCitedShare
    {
        get
        {
            var judged = Cases.Where(c => c.SourceCited.HasValue).ToList();
            return EngineRan ? Share(judged.Count(c => c.SourceCited == true), judged.Count) : double.NaN;
        }
    }

    public IReadOnlyList<IntentMetrics> PerIntent =>
    [
        .. Cases.Select(c => c.Case.Intent).Concat(Cases.Select(c => c.Intent)).Distinct().Order(StringComparer.Ordinal)
            .Select(i => new IntentMetrics(
                i,
                Cases.Count(c => c.Case.Intent == i),
                Cases.Count(c => c.Intent == i),
                Cases.Count(c => c.Intent == i && c.IntentCorrect))),
    ];

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Confusion =>
        Cases.GroupBy(c => c.Case.Intent, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyDictionary<string, int>)g.GroupBy(c => c.Intent, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Count()),
                StringComparer.Ordinal);

    private static double Share(int part, int whole) => whole == 0 ? double.NaN : (double)part / whole;
}
