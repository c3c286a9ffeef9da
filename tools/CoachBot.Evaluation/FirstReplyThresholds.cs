using System.Globalization;

namespace CoachBot.Evaluation;

/// <summary>
/// The figures the frozen part must reach. Issue 9 asks advice on ≥ 95% of first replies that expect it and every
/// reply in the user's language; issue 10 asks the figure invariants to hold in every reply; the expected-id and
/// pass figures are issue 10's to raise, so they default to 0.
/// </summary>
public sealed record FirstReplyThresholds(double Advice = 0.95, double Language = 1.0, double ExpectedId = 0, double Pass = 0, double Figures = 1.0)
{
    /// <summary>Each figure below its threshold, as a line for the operator; empty when all are met.</summary>
    public IReadOnlyList<string> Misses(FirstReplyFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return new[]
        {
            Miss("advice present", figures.AdviceShare, Advice),
            Miss("reply language", figures.LanguageShare, Language),
            Miss("figure invariants", figures.FiguresShare, Figures),
            Miss("expected id cited", figures.ExpectedShare, ExpectedId),
            Miss("pass", figures.PassShare, Pass),
        }.OfType<string>().ToList();
    }

    private static string? Miss(string name, double value, double threshold) =>
        value + 1e-9 >= threshold ? null : string.Create(CultureInfo.InvariantCulture, $"{name}: {value:P1}, below {threshold:P1}");
}
