using System.Globalization;
using System.Text;

namespace CoachBot.Coaching.Recognition;

/// <summary>Prints an evaluation report as plain text: totals, per-intent table, confusion matrix, failing cases.</summary>
public static class EvaluationReportWriter
{
    public static string Write(EvaluationReport report, bool listEveryCase = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        Line(text, $"== {report.Part}: {report.Cases.Count} cases");
        Line(text, $"intent accuracy   {Percent(report.IntentAccuracy)}");
        Line(text, $"facts found       {Percent(report.FactAccuracy)}");
        Line(text, $"source cited      {(report.EngineRan ? Percent(report.SourceCitedShare) : "(rules engine not run)")}");
        Line(text, string.Empty);
        Line(text, $"{"intent",-18}{"expected",9}{"predicted",10}{"precision",10}{"recall",8}");
        foreach (var m in report.PerIntent)
        {
            Line(text, $"{m.Intent,-18}{m.Expected,9}{m.Predicted,10}{Percent(m.Precision),10}{Percent(m.Recall),8}");
        }

        WriteConfusion(text, report);
        foreach (var result in report.Cases)
        {
            var failed = !result.IntentCorrect || result.MissedFacts.Count > 0 || result.SourceCited == false;
            if (!failed && !listEveryCase)
            {
                continue;
            }

            var mark = failed ? "FAIL" : "ok  ";
            Line(text, $"{mark} [{result.Case.Language}/{result.Case.Intent}→{result.Intent} {result.Confidence:0.00}] {result.Case.Text}");
            if (result.MissedFacts.Count > 0)
            {
                Line(text, $"       facts missed: {string.Join("; ", result.MissedFacts)}");
            }

            if (report.EngineRan)
            {
                var expected = result.Case.ExpectedSource ?? "-";
                Line(text, $"       expected {expected}; rules {string.Join(", ", result.RuleIds)}; cites {string.Join(", ", result.CitedSources)}");
            }
        }

        return text.ToString();
    }

    private static void WriteConfusion(StringBuilder text, EvaluationReport report)
    {
        var intents = report.PerIntent.Select(m => m.Intent).ToList();
        Line(text, string.Empty);
        Line(text, "confusion (rows expected, columns predicted):");
        Line(text, $"{string.Empty,-18}" + string.Concat(intents.Select(i => $"{Short(i),6}")));
        foreach (var expected in intents)
        {
            var row = report.Confusion.TryGetValue(expected, out var r) ? r : new Dictionary<string, int>();
            Line(text, $"{expected,-18}" + string.Concat(intents.Select(p => $"{(row.TryGetValue(p, out var n) ? n.ToString(CultureInfo.InvariantCulture) : "."),6}")));
        }

        Line(text, string.Empty);
    }

    private static string Short(string intent) => intent.Length <= 5 ? intent : intent[..5];

    private static string Percent(double share) =>
        double.IsNaN(share) ? "n/a" : share.ToString("P1", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
