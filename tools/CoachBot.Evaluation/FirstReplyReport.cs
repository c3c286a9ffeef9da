using System.Globalization;

namespace CoachBot.Evaluation;

/// <summary>
/// Prints the figures of a part as plain-text tables: overall, per language, per intent, then the confusion
/// matrix of intent families against what the first reply was about (as Rasa's NLU report does), and, when asked,
/// every failing case.
/// </summary>
public static class FirstReplyReport
{
    private const string Header = "cases  advice  expected-id  forbidden  language  figures  pass (all five)";

    public static async Task WriteAsync(TextWriter output, string title, IReadOnlyList<FirstReplyOutcome> outcomes, bool listFailures, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(outcomes);
        var lines = new List<string> { $"== {title}: {outcomes.Count} first messages ==", string.Empty, $"{"language",-22}{Header}" };
        lines.Add(Row("all", FirstReplyFigures.Of(outcomes)));
        lines.AddRange(GroupRows(outcomes, o => o.Case.Language.StartsWith("zh", StringComparison.Ordinal) ? "zh (incl. zh-Hant)" : o.Case.Language));
        lines.AddRange(GroupRows(outcomes.Where(o => o.Case.Variant != o.Case.Language || o.Case.Language == "zh-Hant"), o => "  " + o.Case.Variant));
        lines.Add(string.Empty);
        lines.Add($"{"intent",-30}{Header}");
        lines.AddRange(GroupRows(outcomes, o => o.Case.Intent, 30));
        lines.Add(string.Empty);
        lines.AddRange(ConfusionMatrix(outcomes));
        lines.Add(string.Empty);
        lines.Add("advice: Say-now line and a citation, among cases expecting advice; expected-id: an expected id cited, among cases listing one;");
        lines.Add("forbidden: cases citing a forbidden id (count); language: every message in the case's language and script;");
        lines.Add("figures: no negative amount, no % above 100, no dollar figures from a rate in another currency (anywhere, More too); pass: all five.");
        if (listFailures)
        {
            lines.Add(string.Empty);
            lines.Add("failing cases:");
            lines.AddRange(outcomes.Where(o => !o.Passed).Select(o =>
                $"  {o.Case.Id,-12}{o.Case.Intent,-28}{o.Failures} | {Clip(o.Case.Text, 60)} -> {Clip(o.Reply.FirstLine, 70)}"));
        }

        foreach (var line in lines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await output.WriteLineAsync(line).ConfigureAwait(false);
        }
    }

    private static IEnumerable<string> GroupRows(IEnumerable<FirstReplyOutcome> outcomes, Func<FirstReplyOutcome, string> key, int width = 22) =>
        outcomes.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Row(g.Key, FirstReplyFigures.Of(g), width));

    private static string Row(string label, FirstReplyFigures f, int width = 22) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Clip(label, width - 1).PadRight(width)}{f.Cases,5}  {Percent(f.AdvicePresent, f.ExpectingAdvice),6}  {Percent(f.ExpectedCited, f.WithExpectedIds),11}  {f.ForbiddenCited,9}  {Percent(f.LanguageRight, f.Cases),8}  {Percent(f.FiguresRight, f.Cases),7}  {Percent(f.Passed, f.Cases),6}");

    private static IEnumerable<string> ConfusionMatrix(IReadOnlyList<FirstReplyOutcome> outcomes)
    {
        var columns = FirstReplyFamilies.Columns;
        var header = "intent family \\ first reply  " + string.Join(" ", columns.Select(Short));
        yield return "confusion matrix: rows = the cases' intent family, columns = what the first reply was about";
        yield return "(the domain of the first inventory id cited; quiz requests are right with no advice, safety with uncited advice)";
        yield return header;
        foreach (var family in outcomes.Select(o => o.Case.Family).Distinct().Order(StringComparer.Ordinal))
        {
            var row = outcomes.Where(o => o.Case.Family == family).ToList();
            var cells = columns.Select(c => row.Count(o => o.ReplyFamily == c).ToString(CultureInfo.InvariantCulture).PadLeft(Short(c).Length));
            yield return $"{family,-29}{string.Join(" ", cells)}";
        }
    }

    private static string Short(string column) => column switch
    {
        "lost_account" => "lost_acct",
        "advice, uncited" => "uncited",
        "question or menu" => "question",
        "text only" => "text",
        _ => column,
    };

    private static string Percent(int part, int whole) =>
        whole == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:0.0}%");

    private static string Clip(string text, int length) =>
        text.Length <= length ? text : text[..(length - 1)] + "…";
}
