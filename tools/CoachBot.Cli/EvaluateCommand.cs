using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Recognition;

namespace CoachBot.Cli;

/// <summary>
/// <c>evaluate</c>: runs the evaluation set's tuning and frozen parts through the recogniser and the rules
/// engine and prints, per part, intent accuracy, per-intent precision/recall, the confusion matrix, the
/// share of expected inventory ids cited, and every failing case (all cases with <c>--all</c>).
/// <c>--data</c> names the folder holding tuning.jsonl and frozen.jsonl (default: found above the program).
/// Exit 1 when the frozen part misses a target (intent accuracy or source cited below 90%).
/// </summary>
internal sealed class EvaluateCommand : ICliCommand
{
    private const double Target = 0.90;

    public string Name => "evaluate";

    public string Summary => "run the recogniser evaluation set (tuning and frozen parts) through recogniser and rules engine";

    public async Task<int> RunAsync(CliArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var data = arguments.Option("data") ?? FindData();
        if (data is null)
        {
            await output.WriteLineAsync("evaluation data not found; pass --data <folder with tuning.jsonl and frozen.jsonl>").ConfigureAwait(false);
            return 2;
        }

        var loaded = await new PlaybookLoader().LoadAsync(arguments.PlaybookDirectory, cancellationToken).ConfigureAwait(false);
        if (!loaded.Succeeded)
        {
            await output.WriteLineAsync($"playbooks do not load ({loaded.Errors.Count} error(s)); run validate").ConfigureAwait(false);
            return 2;
        }

        var evaluator = new RecognitionEvaluator(Recogniser.Load(arguments.PlaybookDirectory), new RulesEngine(loaded.Knowledge!));
        var all = arguments.Option("all") is not null;
        EvaluationReport? frozen = null;
        foreach (var part in new[] { "tuning", "frozen" })
        {
            var report = evaluator.Run(part, EvaluationSet.Load(Path.Combine(data, part + ".jsonl")));
            await output.WriteAsync(EvaluationReportWriter.Write(report, all)).ConfigureAwait(false);
            frozen = report;
        }

        return frozen!.IntentAccuracy >= Target && frozen.SourceCitedShare >= Target ? 0 : 1;
    }

    private static string? FindData()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "CoachBot.Coaching.Tests", "Evaluation", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
