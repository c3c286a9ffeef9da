using System.Globalization;
using System.Text.Json;
using CoachBot.Coaching.Knowledge;

namespace CoachBot.Coaching.Recognition;

/// <summary>
/// Runs an evaluation set through the recogniser and, when given one, through the rules engine with the
/// facts the recogniser produced, and reports per case and in total (<see cref="EvaluationReport"/>).
/// </summary>
public sealed class RecognitionEvaluator(Recogniser recogniser, RulesEngine? engine = null)
{
    public EvaluationReport Run(string part, IReadOnlyList<EvaluationCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var results = new List<CaseResult>(cases.Count);
        foreach (var item in cases)
        {
            var recognition = recogniser.Recognise(item.Text);
            var missed = MissedFacts(item, recognition.Facts);
            IReadOnlyList<string> ruleIds = [];
            IReadOnlyList<string> sources = [];
            bool? cited = null;
            if (engine is not null)
            {
                var fired = engine.Evaluate(recognition.Facts).Fired;
                ruleIds = [.. fired.Select(f => f.RuleId)];
                sources = [.. fired.SelectMany(f => f.Sources).Distinct(StringComparer.Ordinal)];
                cited = item.ExpectedSource is null ? null : sources.Contains(item.ExpectedSource);
            }

            results.Add(new CaseResult(item, recognition.Intent, recognition.Confidence, missed, ruleIds, sources, cited));
        }

        return new EvaluationReport(part, results, engine is not null);
    }

    private static List<string> MissedFacts(EvaluationCase item, FactSet facts)
    {
        var missed = new List<string>();
        foreach (var (name, expected) in item.Facts ?? new Dictionary<string, JsonElement>())
        {
            var found = facts.TryGet(name, out var actual);
            var ok = expected.ValueKind switch
            {
                JsonValueKind.Null => !found || actual.Symbol == "none",
                JsonValueKind.True or JsonValueKind.False => found && actual.IsTrue == (expected.ValueKind == JsonValueKind.True),
                JsonValueKind.Number => found && actual.Kind == FactKind.Number && actual.Number == expected.GetDecimal(),
                _ => found && actual.Symbol == expected.GetString(),
            };
            if (!ok)
            {
                missed.Add(string.Create(CultureInfo.InvariantCulture, $"{name}={expected} (got {(found ? actual.ToString() : "nothing")})"));
            }
        }

        return missed;
    }
}
